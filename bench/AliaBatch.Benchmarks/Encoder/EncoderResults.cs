namespace AliaBatch.Benchmarks.Encoder;

/// <summary>What the C# encoder benchmark measured, written as <c>encoder.json</c>.</summary>
internal sealed record EncoderResults
{
    public required string ModelPath { get; init; }

    public required int Sentences { get; init; }

    public required int Seed { get; init; }

    public required int Threads { get; init; }

    public required int Runs { get; init; }

    public required int TotalTokens { get; init; }

    public required int MinTokens { get; init; }

    public required int MaxTokens { get; init; }

    /// <summary>Word pieces that came out as <c>[UNK]</c> (words the vocabulary cannot spell).</summary>
    public required int UnknownTokens { get; init; }

    public required string OnnxRuntimeVersion { get; init; }

    /// <summary>The lowest cosine similarity between a baseline's embedding and ours, over every sentence.</summary>
    public required double MinCosineVersusBucketed { get; init; }

    public required IReadOnlyList<EncoderMeasurement> Measurements { get; init; }

    /// <summary>The work the corpus needs and this machine's matrix-multiply ceiling; null in files written before it was measured.</summary>
    public EncoderComputeResults? Compute { get; init; }
}
