namespace AliaBatch.Evaluation.Metrics.Significance;

/// <summary>A bootstrap estimate of a system's true score, as sacreBLEU prints it (<c>μ = mean ± halfWidth</c>).</summary>
/// <param name="Mean">The mean of the resampled scores.</param>
/// <param name="HalfWidth">Half the width of the 95% interval (the 2.5th to 97.5th percentile of resamples).</param>
public sealed record BootstrapEstimate(double Mean, double HalfWidth);
