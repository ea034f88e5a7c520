namespace AliaBatch.Benchmarks.Gpu;

/// <summary>Prefill and decode at one batch size, with the decode roofline it is judged against.</summary>
/// <param name="BatchSize">Rows decoded together.</param>
/// <param name="PrefillSeconds">Measured runs of a 1-token generation (the prefill pass and one logits pick).</param>
/// <param name="TotalSeconds">Measured runs of the full generation.</param>
/// <param name="PrefillTokensPerSecond">Prompt tokens over the median prefill time.</param>
/// <param name="DecodeTokensPerSecond">Tokens of the decode steps over (median total − median prefill).</param>
/// <param name="BytesPerStep">Bytes one decode step must read at the average context (see <see cref="Roofline"/>).</param>
/// <param name="RooflineTokensPerSecond">Decode tokens/s if every step ran at the memory bandwidth.</param>
/// <param name="HostCopySeconds">One run of the full generation with host copies instead of IOBinding.</param>
/// <param name="HostCopyDecodeTokensPerSecond">Decode tokens/s of that run (same prefill subtracted); NaN where IOBinding failed and every run copied.</param>
internal sealed record GpuMeasurement(
    int BatchSize,
    IReadOnlyList<double> PrefillSeconds,
    IReadOnlyList<double> TotalSeconds,
    double PrefillTokensPerSecond,
    double DecodeTokensPerSecond,
    double BytesPerStep,
    double RooflineTokensPerSecond,
    IReadOnlyList<double> HostCopySeconds,
    double HostCopyDecodeTokensPerSecond)
{
    /// <summary>Measured decode tokens/s as a share of the roofline.</summary>
    public double RooflineShare => DecodeTokensPerSecond / RooflineTokensPerSecond;
}
