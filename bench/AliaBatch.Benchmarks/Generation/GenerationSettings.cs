using AliaBatch.ModelBuilder.Decoder;

namespace AliaBatch.Benchmarks.Generation;

/// <summary>What the CPU generation benchmark runs: the generated decoder, threads, shapes and repetitions.</summary>
internal sealed record GenerationSettings
{
    /// <summary>Large enough that the forward passes, not the loop around them, dominate; small enough for a 2-core machine.</summary>
    public DecoderSpec Spec { get; init; } = new()
    {
        VocabSize = 8000,
        HiddenSize = 256,
        IntermediateSize = 1024,
        NumHiddenLayers = 4,
        NumAttentionHeads = 4,
        NumKeyValueHeads = 4,
        HeadDim = 64,
        MaxPositionEmbeddings = 1024,
    };

    public int Seed { get; init; } = 20_240_611;

    public int Threads { get; init; } = 2;

    public int Runs { get; init; } = 3;

    /// <summary>Measured runs of the recompute path, which is slow by design.</summary>
    public int RecomputeRuns { get; init; } = 3;

    public int PromptTokens { get; init; } = 32;

    public int NewTokens { get; init; } = 64;

    public IReadOnlyList<int> BatchSizes { get; init; } = [1, 8, 32, 64];

    public IReadOnlyList<int> CacheNewTokens { get; init; } = [64, 128, 256];

    public int CompactionBatch { get; init; } = 32;

    public int CompactionLongRows { get; init; } = 4;

    public int CompactionShortTokens { get; init; } = 16;

    public int CompactionLongTokens { get; init; } = 128;

    public int PaddingSentences { get; init; } = 1024;

    public IReadOnlyList<int> PaddingBatchSizes { get; init; } = [8, 32, 64];

    /// <summary>Where MiniLM (whose tokenizer measures sentence lengths) is extracted; null uses the product's default cache.</summary>
    public string? ModelCacheDirectory { get; init; }
}
