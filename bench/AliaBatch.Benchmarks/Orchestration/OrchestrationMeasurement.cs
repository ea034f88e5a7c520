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
/// <param name="Batches">Batch manifests the job wrote.</param>
/// <param name="FirstBatchSeconds">When the first batch manifest was committed, on the job's clock: the start-up.</param>
/// <param name="LastBatchSeconds">When the last one was; from there to <paramref name="Seconds"/> is the tail (the job manifest, completion).</param>
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
    double GcPauseSeconds = 0,
    int Batches = 0,
    double FirstBatchSeconds = 0,
    double LastBatchSeconds = 0)
{
    public double DocumentsPerSecond => Documents / Seconds;

    /// <summary>When the first batch finished (the start-up), or null for a run without batch times.</summary>
    public double? FirstBatchDoneSeconds => Batches > 0 ? FirstBatchSeconds : null;

    /// <summary>Time from the last batch to the end of the job (the tail), or null for a run without batch times.</summary>
    public double? TailSeconds => Batches > 0 ? Seconds - LastBatchSeconds : null;

    /// <summary>Batches finished per second between the first and the last batch manifest: the steady state, or null with fewer than two batches.</summary>
    public double? SteadyBatchesPerSecond => Batches > 1 && LastBatchSeconds > FirstBatchSeconds ? (Batches - 1) / (LastBatchSeconds - FirstBatchSeconds) : null;
}
