namespace AliaBatch.Benchmarks.Orchestration;

/// <summary>One job run in a fresh process.</summary>
/// <param name="Method">See <see cref="OrchestrationMethods"/>.</param>
/// <param name="Documents">Source documents in the job.</param>
/// <param name="Seconds">Wall time of the job (start to final manifest), excluding writing the inputs.</param>
/// <param name="CpuSeconds">Processor time (user + system, all threads) the process spent during the job.</param>
/// <param name="PeakWorkingSetBytes">The process's peak resident set (VmHWM) after the job.</param>
/// <param name="LargestJobHistory">Most history events one execution of the job orchestration held (embedded only).</param>
/// <param name="LargestGroupHistory">Most history events of any group orchestration (embedded only).</param>
internal sealed record OrchestrationMeasurement(string Method, int Documents, double Seconds, double CpuSeconds, long PeakWorkingSetBytes, int? LargestJobHistory, int? LargestGroupHistory)
{
    public double DocumentsPerSecond => Documents / Seconds;
}
