namespace AliaBatch.Benchmarks.Encoder;

/// <summary>What bench/js/encoder.mjs measured (<c>encoder-js.json</c>), in the same shape as the C# measurements.</summary>
internal sealed record JsEncoderResults(
    string NodeVersion,
    string TransformersVersion,
    string OnnxRuntimeNodeVersion,
    int Threads,
    int Runs,
    double MinCosineVersusReference,
    IReadOnlyList<EncoderMeasurement> Measurements);
