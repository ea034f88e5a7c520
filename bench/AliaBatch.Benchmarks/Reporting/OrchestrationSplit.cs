namespace AliaBatch.Benchmarks.Reporting;

/// <summary>The embedded host's extra wall time against the direct loop, split at the first and the last batch (medians).</summary>
/// <param name="StartUpSeconds">How much later its first batch finished.</param>
/// <param name="SteadyPercent">Its batches per second between the first and the last batch, relative to the direct loop's (negative: slower).</param>
/// <param name="PerBatchMilliseconds">Wall time per batch it adds in that steady state.</param>
/// <param name="TailSeconds">How much longer it took after its last batch.</param>
internal sealed record OrchestrationSplit(double StartUpSeconds, double SteadyPercent, double PerBatchMilliseconds, double TailSeconds);
