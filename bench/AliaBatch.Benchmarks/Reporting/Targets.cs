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

    /// <summary>Generation with the KV cache over recomputing the sequence each step, at <see cref="KvCacheNewTokens"/>.</summary>
    public const double KvCacheSpeedup = 5.0;

    /// <summary>New tokens the KV cache target is judged at.</summary>
    public const int KvCacheNewTokens = 256;

    /// <summary>The least padding efficiency of the generation batch planner.</summary>
    public const double PlannerEfficiency = 0.90;

    /// <summary>The batch size the planner target is judged at: the generation facade's default <c>MaxBatchSize</c>.</summary>
    public const int PlannerBatch = 64;

    /// <summary>The most the embedded host's wall time may exceed the direct loop's, as a ratio, at <see cref="OrchestrationDocuments"/>.</summary>
    public const double EmbeddedOverDirect = 1.10;

    /// <summary>The document count the orchestration target is judged at.</summary>
    public const int OrchestrationDocuments = 10_000;
}
