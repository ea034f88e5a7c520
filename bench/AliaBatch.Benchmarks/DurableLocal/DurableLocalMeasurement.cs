namespace AliaBatch.Benchmarks.DurableLocal;

/// <summary>One job through one host.</summary>
/// <param name="Method">See <see cref="DurableLocalMethods"/>.</param>
/// <param name="Documents">Source documents in the job.</param>
/// <param name="Seconds">Wall time from scheduling the job to its completion, excluding the host's start.</param>
/// <param name="ParallelDocuments">Batches the host ran at once (its resolved <c>AliaBatch:Pipeline:MaxParallelDocuments</c>).</param>
internal sealed record DurableLocalMeasurement(string Method, int Documents, double Seconds, int ParallelDocuments)
{
    public double DocumentsPerSecond => Documents / Seconds;
}
