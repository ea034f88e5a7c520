using AliaBatch.Benchmarks.Encoder;

namespace AliaBatch.Benchmarks.Reporting;

internal sealed partial class BenchmarkReport
{
    private const string NotMeasured = "not measured in this run";

    private void WriteTargets()
    {
        var batch = Targets.EncoderBatch;
        var ours = TargetEncoderMethod;
        var overNaive = Ratio(ours, batch, EncoderMethods.Naive, 1);
        var overJs = Ratio(ours, batch, EncoderMethods.TransformersJs, batch);
        var bestJs = (js?.Measurements ?? []).MaxBy(m => m.SentencesPerSecond);
        var overBestJs = bestJs is null ? null : Ratio(ours, batch, EncoderMethods.TransformersJs, bestJs.BatchSize);
        var overheads = StorageOverheads().ToArray();
        var worst = overheads.Length == 0 ? ((string Label, double Percent)?)null : overheads.MaxBy(o => o.Percent);
        var kvCache = generation?.Cache.FirstOrDefault(c => c.NewTokens == Targets.KvCacheNewTokens);
        var planner = generation?.Padding.Comparisons.FirstOrDefault(c => c.BatchSize == Targets.PlannerBatch);
        var embeddedOverDirect = OrchestrationRatio(Targets.OrchestrationDocuments);

        _text.AppendLine("## Targets (issue 11)").AppendLine()
            .AppendLine("| Target | Measured in this run | Verdict |")
            .AppendLine("|---|---|---|")
            .AppendLine(s_invariant, $"| Bucketed encoder (`{ours}`) ≥ {Targets.OverNaive}× the per-sentence ONNX Runtime loop (batch {batch}, 2 threads) | {Format(overNaive)}{CeilingNote(overNaive)} | {Verdict(overNaive, r => r >= Targets.OverNaive)} |")
            .AppendLine(s_invariant, $"| Bucketed encoder (`{ours}`) ≥ {Targets.OverTransformersJs}× transformers.js (batch {batch}, same model and ids) | {Format(overJs)}{(bestJs is null ? string.Empty : string.Create(s_invariant, $"; {Format(overBestJs)} over transformers.js at its best batch ({bestJs.BatchSize})"))} | {Verdict(overJs, r => r >= Targets.OverTransformersJs)} |")
            .AppendLine(s_invariant, $"| Blob layer overhead ≤ {Targets.BlobOverheadPercent}% over plain SDK calls | {(worst is { } w ? string.Create(s_invariant, $"worst: {Percent(w.Percent)} ({w.Label}); identical SDK paths differ by up to {StorageResolution():0.0}%") : NotMeasured)} | {Verdict(worst?.Percent, p => p <= Targets.BlobOverheadPercent)} |")
            .AppendLine(s_invariant, $"| KV cache ≥ {Targets.KvCacheSpeedup}× recompute at {Targets.KvCacheNewTokens} new tokens (batch 1, CPU) | {(kvCache is null ? NotMeasured : Format(kvCache.Speedup))} | {Verdict(kvCache?.Speedup, r => r >= Targets.KvCacheSpeedup)} |")
            .AppendLine(s_invariant, $"| Batch planner padding efficiency ≥ {Targets.PlannerEfficiency * 100:F0}% (generation, max batch {Targets.PlannerBatch}) | {(planner is null ? NotMeasured : string.Create(s_invariant, $"{planner.PlannedEfficiency * 100:F1}% (arrival order: {planner.ArrivalEfficiency * 100:F1}%)"))} | {Verdict(planner?.PlannedEfficiency, e => e >= Targets.PlannerEfficiency)} |")
            .AppendLine(s_invariant, $"| Embedded host ≤ {Targets.EmbeddedOverDirect:F2}× the direct loop at {Targets.OrchestrationDocuments:N0} documents (wall time) | {(embeddedOverDirect is null ? NotMeasured : Format(embeddedOverDirect) + SplitNote(OrchestrationDifference(Targets.OrchestrationDocuments)))} | {Verdict(embeddedOverDirect, r => r <= Targets.EmbeddedOverDirect)} |")
            .AppendLine();
    }

    /// <summary>Where the ratio to the per-sentence loop falls short, how close both are to the measured matrix-multiply ceiling.</summary>
    private string CeilingNote(double? overNaive)
    {
        if (overNaive is not { } ratio || ratio >= Targets.OverNaive || encoder?.Compute is not { } compute
            || Find(TargetEncoderMethod, Targets.EncoderBatch) is not { } ours || Find(EncoderMethods.Naive, 1) is not { } naive)
        {
            return string.Empty;
        }

        var loopShare = CeilingShare(compute, naive);
        return string.Create(s_invariant, $": ours at {CeilingShare(compute, ours) * 100:F0}% of this machine's fp32 matrix-multiply ceiling, the loop already at {loopShare * 100:F0}%; {Targets.OverNaive}× the loop would take {Targets.OverNaive * loopShare * 100:F0}%, where matrix products' {compute.MatrixProductShare * 100:F0}% share of operator time is the practical limit (see the compute ceiling below)");
    }

    private static string SplitNote(OrchestrationSplit? split) => split is { } d
        ? string.Create(s_invariant, $": first batch {Seconds(d.StartUpSeconds)}, steady state {Percent(d.SteadyPercent)} batches/s, tail {Seconds(d.TailSeconds)}")
        : string.Empty;

    private static string Verdict(double? value, Func<double, bool> met) => value is { } v ? (met(v) ? "met" : "**not met**") : NotMeasured;

    private string? Summary()
    {
        var batch = Targets.EncoderBatch;
        var ours = Find(TargetEncoderMethod, batch);
        var naive = Find(EncoderMethods.Naive, 1);
        if (ours is null || naive is null)
        {
            return null;
        }

        var jsPart = Find(EncoderMethods.TransformersJs, batch) is { } jsAt
            ? string.Create(s_invariant, $", transformers.js {jsAt.SentencesPerSecond:F0} ({Format(ours.SentencesPerSecond / jsAt.SentencesPerSecond)})")
            : string.Empty;
        var storagePart = StorageOverheads().ToArray() is { Length: > 0 } overheads
            ? string.Create(s_invariant, $" The blob layer's overhead over plain SDK calls ranged from {Percent(overheads.Min(o => o.Percent))} to {Percent(overheads.Max(o => o.Percent))}.")
            : string.Empty;
        return string.Create(s_invariant, $"Latest run: the length-bucketed MiniLM encoder embedded {ours.SentencesPerSecond:F0} Spanish sentences/s at batch {batch} on {encoder!.Threads} threads, against {naive.SentencesPerSecond:F0} for a per-sentence ONNX Runtime loop ({Format(ours.SentencesPerSecond / naive.SentencesPerSecond)}){jsPart}.{storagePart}");
    }
}
