using System.Globalization;
using AliaBatch.Inference.Generation;

namespace AliaBatch.Benchmarks.Generation;

internal sealed partial class GenerationBenchmark
{
    private List<BatchThroughput> MeasureThroughput(DecoderRunner runner)
    {
        var results = new List<BatchThroughput>();
        var options = TimedGeneration.Fixed(settings.NewTokens);
        foreach (var batch in settings.BatchSizes)
        {
            var prompts = PromptIds.Create(settings.Seed + batch, settings.Spec.VocabSize, Enumerable.Repeat(settings.PromptTokens, batch));
            var (seconds, generated) = TimedGeneration.Measure(runner, prompts, options, settings.Runs);
            var perSecond = generated / TimedGeneration.Median(seconds);
            Report(string.Create(CultureInfo.InvariantCulture, $"generation batch {batch}: {perSecond:F0} tokens/s"));
            results.Add(new BatchThroughput(batch, settings.PromptTokens, settings.NewTokens, seconds, perSecond));
        }

        return results;
    }

    private List<CacheComparison> MeasureCache(DecoderRunner runner)
    {
        var results = new List<CacheComparison>();
        var prompts = PromptIds.Create(settings.Seed, settings.Spec.VocabSize, [settings.PromptTokens]);
        foreach (var newTokens in settings.CacheNewTokens)
        {
            var cachedOptions = TimedGeneration.Fixed(newTokens);
            var recomputeOptions = TimedGeneration.Fixed(newTokens, useKvCache: false);
            runner.Generate(prompts, cachedOptions);
            var cached = new List<double>();
            var recompute = new List<double>();

            // The two sides take turns run by run, so a burst of load on the machine hits both alike.
            for (var run = 0; run < Math.Max(settings.Runs, settings.RecomputeRuns); run++)
            {
                if (run < settings.Runs)
                {
                    cached.AddRange(TimedGeneration.Measure(runner, prompts, cachedOptions, 1, warmUp: false).Seconds);
                }

                if (run < settings.RecomputeRuns)
                {
                    recompute.AddRange(TimedGeneration.Measure(runner, prompts, recomputeOptions, 1, warmUp: false).Seconds);
                }
            }

            var speedup = TimedGeneration.Median(recompute) / TimedGeneration.Median(cached);
            Report(string.Create(CultureInfo.InvariantCulture, $"generation {newTokens} new tokens: KV cache {speedup:F1}× recompute"));
            results.Add(new CacheComparison(settings.PromptTokens, newTokens, cached, recompute, speedup));
        }

        return results;
    }
}
