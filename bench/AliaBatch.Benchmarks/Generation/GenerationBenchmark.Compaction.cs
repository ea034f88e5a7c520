using System.Globalization;
using AliaBatch.Inference.Generation;

namespace AliaBatch.Benchmarks.Generation;

internal sealed partial class GenerationBenchmark
{
    /// <summary>
    /// A skewed batch without relying on what random weights emit: <c>MaxLength</c> counts each row's own unpadded
    /// prompt, so with one <c>MaxLength</c> the rows with long prompts get a short budget and the rows with short
    /// prompts the long one. EOS is suppressed, so every row stops exactly at its budget.
    /// </summary>
    private CompactionComparison MeasureCompaction(DecoderRunner runner)
    {
        const int ShortPrompt = 8;
        var longPrompt = ShortPrompt + settings.CompactionLongTokens - settings.CompactionShortTokens;
        var spacing = settings.CompactionBatch / settings.CompactionLongRows;
        var lengths = Enumerable.Range(0, settings.CompactionBatch).Select(i => i % spacing == 0 ? ShortPrompt : longPrompt).ToArray();
        var prompts = PromptIds.Create(settings.Seed + 1, settings.Spec.VocabSize, lengths);
        var maxLength = ShortPrompt + settings.CompactionLongTokens;
        var on = TimedGeneration.Fixed(settings.CompactionLongTokens, compact: true, maxLength: maxLength);
        var off = TimedGeneration.Fixed(settings.CompactionLongTokens, compact: false, maxLength: maxLength);

        runner.Generate(prompts, on);
        runner.Generate(prompts, off);
        var onSeconds = new List<double>();
        var offSeconds = new List<double>();
        long generated = 0;
        for (var run = 0; run < settings.Runs; run++)
        {
            // Alternate which side goes first, so neither always runs on a warmer or a busier machine.
            var first = run % 2 == 0;
            var a = TimedGeneration.Measure(runner, prompts, first ? on : off, 1, warmUp: false);
            var b = TimedGeneration.Measure(runner, prompts, first ? off : on, 1, warmUp: false);
            (first ? onSeconds : offSeconds).AddRange(a.Seconds);
            (first ? offSeconds : onSeconds).AddRange(b.Seconds);
            generated = a.GeneratedTokens;
        }

        var speedup = TimedGeneration.Median(offSeconds) / TimedGeneration.Median(onSeconds);
        Report(string.Create(CultureInfo.InvariantCulture, $"generation compaction: {speedup:F2}× faster with finished rows leaving the batch"));
        return new CompactionComparison(
            settings.CompactionBatch,
            settings.CompactionLongRows,
            settings.CompactionShortTokens,
            settings.CompactionLongTokens,
            generated,
            generated,
            (long)settings.CompactionBatch * settings.CompactionLongTokens,
            onSeconds,
            offSeconds,
            speedup);
    }
}
