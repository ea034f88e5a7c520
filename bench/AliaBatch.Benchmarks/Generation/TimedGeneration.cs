using System.Diagnostics;
using AliaBatch.Benchmarks.Measurement;
using AliaBatch.Inference.Generation;

namespace AliaBatch.Benchmarks.Generation;

/// <summary>Times <c>DecoderRunner.Generate</c> calls: one warm-up, then the median of measured runs.</summary>
internal static class TimedGeneration
{
    /// <summary>Greedy options with EOS suppressed, so every row generates exactly its budget.</summary>
    public static GenerationOptions Fixed(int newTokens, bool useKvCache = true, bool compact = true, int? maxLength = null, bool? useIoBinding = null) => new()
    {
        MaxNewTokens = newTokens,
        MaxLength = maxLength,
        EosTokenIds = PromptIds.EosIds,
        SuppressTokenIds = PromptIds.EosIds,
        UseKvCache = useKvCache,
        CompactFinished = compact,
        UseIoBinding = useIoBinding,
    };

    /// <summary>Runs once untimed, then <paramref name="runs"/> timed; returns each run's seconds and the generated token count.</summary>
    public static (List<double> Seconds, long GeneratedTokens) Measure(DecoderRunner runner, IReadOnlyList<IReadOnlyList<int>> prompts, GenerationOptions options, int runs, bool warmUp = true)
    {
        ArgumentNullException.ThrowIfNull(runner);
        if (warmUp)
        {
            runner.Generate(prompts, options);
        }

        var seconds = new List<double>(runs);
        long generated = 0;
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var stopwatch = Stopwatch.StartNew();
            var output = runner.Generate(prompts, options);
            stopwatch.Stop();
            seconds.Add(stopwatch.Elapsed.TotalSeconds);
            generated = output.Sum(s => (long)s.GeneratedIds.Count);
        }

        return (seconds, generated);
    }

    /// <summary>The median of <paramref name="seconds"/>.</summary>
    public static double Median(List<double> seconds) => Statistics.Median(seconds);
}
