namespace AliaBatch.Benchmarks.Orchestration;

/// <summary>What the orchestration benchmark measured, written as <c>orchestration.json</c>.</summary>
/// <param name="Runs">Measured runs per method and size.</param>
/// <param name="ParallelDocuments">Batches processed at once in both methods (<c>AliaBatch:Pipeline:MaxParallelDocuments</c>).</param>
/// <param name="Measurements">Every run, one fresh process each.</param>
/// <param name="WorkDirectory">Where the runs wrote their documents and results.</param>
internal sealed record OrchestrationResults(int Runs, int ParallelDocuments, IReadOnlyList<OrchestrationMeasurement> Measurements, string? WorkDirectory = null);
