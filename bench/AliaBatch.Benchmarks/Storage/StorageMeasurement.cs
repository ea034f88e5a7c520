namespace AliaBatch.Benchmarks.Storage;

/// <summary>One storage workload (e.g. 200 uploads of 16 KiB) through our layer, through the plain SDK, and through the
/// plain SDK a second time as a control.</summary>
/// <param name="Operation"><c>upload</c> or <c>download</c>.</param>
/// <param name="Count">Objects per measured run.</param>
/// <param name="SizeBytes">Bytes per object.</param>
/// <param name="LayerMilliseconds">Each object's time through <c>BlobObjectStore</c>, all measured runs in order.</param>
/// <param name="SdkMilliseconds">Each object's time through plain <c>BlobClient</c> calls.</param>
/// <param name="ControlMilliseconds">Each object's time through the same plain calls on a third container: SDK against
/// SDK shows how far two identical paths drift apart on this machine (the benchmark's resolution).</param>
internal sealed record StorageMeasurement(
    string Operation,
    int Count,
    int SizeBytes,
    IReadOnlyList<double> LayerMilliseconds,
    IReadOnlyList<double> SdkMilliseconds,
    IReadOnlyList<double> ControlMilliseconds);
