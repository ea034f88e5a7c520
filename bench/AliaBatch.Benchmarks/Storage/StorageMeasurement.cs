namespace AliaBatch.Benchmarks.Storage;

/// <summary>One storage workload (e.g. 200 uploads of 16 KB) through our layer and through the plain SDK.</summary>
/// <param name="Operation"><c>upload</c> or <c>download</c>.</param>
/// <param name="Count">Objects per measured run.</param>
/// <param name="SizeBytes">Bytes per object.</param>
/// <param name="LayerSeconds">Wall time of each run through <c>BlobObjectStore</c>.</param>
/// <param name="SdkSeconds">Wall time of each run through plain <c>BlobClient</c> calls.</param>
internal sealed record StorageMeasurement(string Operation, int Count, int SizeBytes, IReadOnlyList<double> LayerSeconds, IReadOnlyList<double> SdkSeconds);
