namespace AliaBatch.Benchmarks.Orchestration;

/// <summary>One job run in a fresh process.</summary>
/// <param name="Method">See <see cref="OrchestrationMethods"/>.</param>
/// <param name="Documents">Source documents in the job.</param>
/// <param name="Seconds">Wall time of the job (start to final manifest), excluding writing the inputs.</param>
/// <param name="CpuSeconds">Processor time (user + system, all threads) the process spent during the job.</param>
/// <param name="PeakWorkingSetBytes">The process's peak resident set (VmHWM) after the job.</param>
/// <param name="LargestJobHistory">Most history events one execution of the job orchestration held (embedded only).</param>
/// <param name="LargestGroupHistory">Most history events of any group orchestration (embedded only).</param>
/// <param name="JitMethods">Methods the JIT compiled during the job (<c>JitInfo.GetCompiledMethodCount</c>).</param>
/// <param name="JitSeconds">Time spent compiling them, all threads (<c>JitInfo.GetCompilationTime</c>).</param>
/// <param name="AllocatedBytes">Bytes allocated during the job, all threads.</param>
/// <param name="GcPauseSeconds">Time the runtime was paused for garbage collections during the job.</param>
internal sealed record OrchestrationMeasurement(
    string Method,
    int Documents,
    double Seconds,
    double CpuSeconds,
    long PeakWorkingSetBytes,
    int? LargestJobHistory,
    int? LargestGroupHistory,
    long JitMethods = 0,
    double JitSeconds = 0,
    long AllocatedBytes = 0,
    double GcPauseSeconds = 0)
{
    public double DocumentsPerSecond => Documents / Seconds;
}
