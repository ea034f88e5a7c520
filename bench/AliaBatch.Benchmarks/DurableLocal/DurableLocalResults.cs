namespace AliaBatch.Benchmarks.DurableLocal;

/// <summary>What the durable local benchmark measured, written as <c>durable-local.json</c>.</summary>
/// <param name="Runs">Measured runs per method.</param>
/// <param name="ParallelDocuments">Batches processed at once by both hosts (<c>AliaBatch:Pipeline:MaxParallelDocuments</c>).</param>
/// <param name="Measurements">Every measured run.</param>
internal sealed record DurableLocalResults(int Runs, int ParallelDocuments, IReadOnlyList<DurableLocalMeasurement> Measurements);
