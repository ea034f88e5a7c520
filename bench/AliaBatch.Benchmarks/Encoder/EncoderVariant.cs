namespace AliaBatch.Benchmarks.Encoder;

/// <summary>One compared path: how it embeds the corpus, and the padding it computes by construction.</summary>
internal sealed record EncoderVariant(string Method, int BatchSize, Func<IReadOnlyList<string>, IReadOnlyList<float[]>> Embed, double PaddingEfficiency);
