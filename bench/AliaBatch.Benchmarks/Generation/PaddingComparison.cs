namespace AliaBatch.Benchmarks.Generation;

/// <summary>Useful over computed prompt tokens at one maximum batch size.</summary>
/// <param name="BatchSize">The most prompts per batch.</param>
/// <param name="ArrivalBatches">Batches in arrival order.</param>
/// <param name="ArrivalEfficiency">Their useful / computed tokens.</param>
/// <param name="PlannedBatches">Batches <c>LengthBatches.Plan</c> formed.</param>
/// <param name="PlannedEfficiency">Their useful / computed tokens.</param>
internal sealed record PaddingComparison(int BatchSize, int ArrivalBatches, double ArrivalEfficiency, int PlannedBatches, double PlannedEfficiency);
