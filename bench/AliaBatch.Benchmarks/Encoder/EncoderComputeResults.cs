namespace AliaBatch.Benchmarks.Encoder;

/// <summary>The arithmetic the corpus needs (see <see cref="EncoderCompute"/>) and the machine's measured matrix-multiply ceiling.</summary>
/// <param name="MatMulMacsPerToken">Multiply-adds per token in the weight matrix products.</param>
/// <param name="AttentionLayers">Attention layers counted in the graph.</param>
/// <param name="CorpusFlops">Floating-point operations to encode every sentence once, real tokens only.</param>
/// <param name="Ceiling">Matrix-multiply throughput at the encoder's feed-forward shape on the same threads.</param>
/// <param name="MatrixProductShare">Share of the encoder's kernel time in matrix products (see <see cref="OperatorProfile"/>).</param>
internal sealed record EncoderComputeResults(long MatMulMacsPerToken, int AttentionLayers, double CorpusFlops, GemmCeilingResults Ceiling, double MatrixProductShare)
{
    /// <summary>Useful FLOP/s of a method that encodes <paramref name="sentencesPerSecond"/> of the <paramref name="sentences"/>-sentence corpus.</summary>
    public double FlopsPerSecond(double sentencesPerSecond, int sentences) => CorpusFlops * sentencesPerSecond / sentences;

    /// <summary>That rate as a share of the ceiling.</summary>
    public double ShareOfCeiling(double sentencesPerSecond, int sentences) => FlopsPerSecond(sentencesPerSecond, sentences) / Ceiling.CeilingFlopsPerSecond;
}
