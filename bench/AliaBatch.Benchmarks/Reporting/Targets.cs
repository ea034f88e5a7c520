namespace AliaBatch.Benchmarks.Reporting;

/// <summary>The targets of issue 11 ("Performance suite"), judged in the report.</summary>
internal static class Targets
{
    /// <summary>Bucketed encoder over the per-sentence ONNX Runtime loop, batch 32.</summary>
    public const double OverNaive = 1.5;

    /// <summary>Bucketed encoder over transformers.js, batch 32.</summary>
    public const double OverTransformersJs = 1.7;

    /// <summary>The most overhead, in percent, the blob layer may add over plain SDK calls.</summary>
    public const double BlobOverheadPercent = 5.0;

    /// <summary>The batch size the encoder targets are judged at.</summary>
    public const int EncoderBatch = 32;
}
