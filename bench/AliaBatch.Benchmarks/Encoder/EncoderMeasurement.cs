namespace AliaBatch.Benchmarks.Encoder;

/// <summary>One encoder method at one batch size: every measured run and their median.</summary>
/// <param name="Method">One of the <see cref="EncoderMethods"/> names.</param>
/// <param name="BatchSize">The most sentences per forward pass.</param>
/// <param name="Seconds">Wall time of each measured pass over the whole corpus.</param>
/// <param name="SentencesPerSecond">Corpus size over the median time.</param>
/// <param name="PaddingEfficiency">Real tokens over computed (padded) tokens.</param>
internal sealed record EncoderMeasurement(string Method, int BatchSize, IReadOnlyList<double> Seconds, double SentencesPerSecond, double PaddingEfficiency);
