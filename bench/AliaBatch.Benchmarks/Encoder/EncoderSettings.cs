namespace AliaBatch.Benchmarks.Encoder;

/// <summary>What the encoder benchmark runs: corpus, threads, batch sizes and repetitions.</summary>
internal sealed record EncoderSettings
{
    public int Sentences { get; init; } = 1024;

    public int Seed { get; init; } = 20_240_611;

    public int Threads { get; init; } = 2;

    public int Runs { get; init; } = 3;

    public int WarmupSentences { get; init; } = 64;

    public IReadOnlyList<int> BatchSizes { get; init; } = [1, 8, 32, 64];

    /// <summary>Where MiniLM is extracted; null uses the product's default cache.</summary>
    public string? ModelCacheDirectory { get; init; }
}
