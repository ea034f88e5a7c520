namespace AliaBatch.Evaluation.Metrics.Significance;

/// <summary>The outcome of a paired bootstrap resampling test between a baseline and a system.</summary>
/// <param name="BaselineScore">The baseline's corpus score.</param>
/// <param name="SystemScore">The system's corpus score.</param>
/// <param name="PValue">
/// The probability of seeing a difference at least this large by chance; below 0.05 the systems
/// differ significantly.
/// </param>
/// <param name="Baseline">The baseline's bootstrap mean and 95% interval.</param>
/// <param name="System">The system's bootstrap mean and 95% interval.</param>
/// <param name="Resamples">The number of resamples.</param>
/// <param name="Seed">The RNG seed.</param>
public sealed record PairedBootstrapResult(
    double BaselineScore,
    double SystemScore,
    double PValue,
    BootstrapEstimate Baseline,
    BootstrapEstimate System,
    int Resamples,
    ulong Seed);
