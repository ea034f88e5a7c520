namespace AliaBatch.Benchmarks.Generation;

/// <summary>What the CPU generation benchmark measured, written as <c>generation.json</c>.</summary>
internal sealed record GenerationResults
{
    /// <summary>Layers, width, heads, vocabulary and parameter count of the generated decoder, in words.</summary>
    public required string Model { get; init; }

    public required int Threads { get; init; }

    public required int Runs { get; init; }

    public required int RecomputeRuns { get; init; }

    public required string OnnxRuntimeVersion { get; init; }

    public required IReadOnlyList<BatchThroughput> Throughput { get; init; }

    public required IReadOnlyList<CacheComparison> Cache { get; init; }

    public required CompactionComparison Compaction { get; init; }

    public required PaddingResults Padding { get; init; }
}
