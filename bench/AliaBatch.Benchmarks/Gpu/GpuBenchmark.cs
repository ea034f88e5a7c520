using System.Diagnostics;
using System.Globalization;
using AliaBatch.Benchmarks.Generation;
using AliaBatch.Benchmarks.Measurement;
using AliaBatch.Inference.Generation;
using AliaBatch.Inference.Sessions;
using AliaBatch.ModelBuilder;
using AliaBatch.ModelBuilder.Decoder;
using Microsoft.ML.OnnxRuntime;

namespace AliaBatch.Benchmarks.Gpu;

/// <summary>
/// Checks that the device generates what the CPU does (<see cref="GpuParity"/>), then builds the decoder on the machine
/// it runs on, loads it (CUDA with <c>RequireGpu</c>, or the CPU for a dry run) and measures prefill and decode
/// throughput per batch size. Prefill is timed as a 1-token generation; decode as the full generation minus that, over
/// its <c>new − 1</c> incremental steps. Where the device's IOBinding path fails, every figure copies through host
/// memory (<see cref="IoBindingFallback"/>) and the fragment says so.
/// </summary>
internal sealed class GpuBenchmark(GpuSettings settings, TextWriter progress)
{
    public GpuResults Run(string workFolder)
    {
        var clock = Stopwatch.StartNew();
        var folder = Path.Combine(workFolder, "aliabatch-gpu-decoder-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = settings.DryRun
                ? new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cpu }
                : new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cuda, RequireGpu = true, DeviceId = settings.DeviceId };
            var parity = CheckParity(options, workFolder);

            Report($"building {GenerationBenchmark.Describe(settings.Spec)} into {folder}");
            var buildStart = clock.Elapsed;
            var model = DecoderModelBuilder.Build(settings.Spec, folder, settings.Seed);
            var buildSeconds = (clock.Elapsed - buildStart).TotalSeconds;
            var modelBytes = model.Files.Sum(f => new FileInfo(f).Length);
            Report(string.Create(CultureInfo.InvariantCulture, $"built {modelBytes / 1e9:F2} GB in {buildSeconds:F0} s"));

            using var factory = new OnnxSessionFactory(options);
            var loadStart = clock.Elapsed;
            var session = factory.GetSession(model.ModelPath);
            var loadSeconds = (clock.Elapsed - loadStart).TotalSeconds;
            Report(string.Create(CultureInfo.InvariantCulture, $"loaded on {session.ExecutionProvider} in {loadSeconds:F0} s"));
            var runner = new DecoderRunner(new DecoderSession(session), PromptIds.EosIds, PromptIds.PadId);
            var probe = PromptIds.Create(settings.Seed, settings.Spec.VocabSize, [8, 8]);
            var (_, ioBindingError) = IoBindingFallback.Run(session.ExecutionProvider, useIoBinding => runner.Generate(probe, TimedGeneration.Fixed(2, useIoBinding: useIoBinding)));
            if (ioBindingError is not null)
            {
                Report($"IOBinding failed on this device ({ioBindingError}); every figure copies through host memory");
            }

            var measurements = new List<GpuMeasurement>();
            var skipped = new List<int>();
            foreach (var batch in settings.BatchSizes)
            {
                if (clock.Elapsed > settings.Budget)
                {
                    Report(string.Create(CultureInfo.InvariantCulture, $"batch {batch}: skipped, the {settings.Budget.TotalMinutes:F0}-minute budget is spent"));
                    skipped.Add(batch);
                    continue;
                }

                measurements.Add(Measure(runner, batch, hostCopiesOnly: ioBindingError is not null));
            }

            return new GpuResults(settings, DateTimeOffset.UtcNow, session.ExecutionProvider.ToString(), OrtEnv.Instance().GetVersionString(), buildSeconds, modelBytes, loadSeconds, parity, ioBindingError, measurements, skipped);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Generation on the device against the CPU, before the timings mean anything: fp32, then fp16 (the benchmark's precision).</summary>
    private List<GpuParityResult> CheckParity(InferenceOptions options, string workFolder)
    {
        var results = new List<GpuParityResult>();
        foreach (var precision in new[] { ModelPrecision.Fp32, ModelPrecision.Fp16 })
        {
            var result = GpuParity.Check(GpuSettings.ParitySpec with { Precision = precision }, options, workFolder, settings.Seed);
            Report($"parity {precision}, {result.ExecutionProvider} against the CPU: {result.IdenticalRows} of {result.Rows} rows identical, {result.AgreedTokens} of {result.Rows * result.NewTokens} tokens agreed");
            results.Add(result);
        }

        return results;
    }

    private GpuMeasurement Measure(DecoderRunner runner, int batch, bool hostCopiesOnly)
    {
        var prompts = PromptIds.Create(settings.Seed + batch, settings.Spec.VocabSize, Enumerable.Repeat(settings.PromptTokens, batch));
        bool? useIoBinding = hostCopiesOnly ? false : null;

        // The warm-up covers both shapes: the prefill and an incremental step.
        runner.Generate(prompts, TimedGeneration.Fixed(2, useIoBinding: useIoBinding));
        var prefill = TimedGeneration.Measure(runner, prompts, TimedGeneration.Fixed(1, useIoBinding: useIoBinding), settings.Runs, warmUp: false).Seconds;
        var total = TimedGeneration.Measure(runner, prompts, TimedGeneration.Fixed(settings.NewTokens, useIoBinding: useIoBinding), settings.Runs, warmUp: false).Seconds;

        // The same generation with every step's cache and logits copied through host memory (no IOBinding): what the
        // device-resident cache saves. One run: it is the slow side and the budget is short. Nothing to compare where
        // the IOBinding path failed.
        List<double> hostCopies = hostCopiesOnly ? [] : TimedGeneration.Measure(runner, prompts, TimedGeneration.Fixed(settings.NewTokens, useIoBinding: false), 1).Seconds;
        var prefillMedian = Statistics.Median(prefill);
        var decodeSeconds = Math.Max(Statistics.Median(total) - prefillMedian, 1e-9);
        var hostCopyDecodeSeconds = hostCopies.Count == 0 ? double.NaN : Math.Max(Statistics.Median(hostCopies) - prefillMedian, 1e-9);
        var averageContext = settings.PromptTokens + (settings.NewTokens / 2.0);
        var measurement = new GpuMeasurement(
            batch,
            prefill,
            total,
            (double)batch * settings.PromptTokens / prefillMedian,
            (double)batch * (settings.NewTokens - 1) / decodeSeconds,
            Roofline.BytesPerStep(settings.Spec, batch, averageContext),
            Roofline.TokensPerSecond(settings.Spec, batch, averageContext, settings.BandwidthBytesPerSecond),
            hostCopies,
            (double)batch * (settings.NewTokens - 1) / hostCopyDecodeSeconds);
        Report(string.Create(CultureInfo.InvariantCulture, $"batch {batch}: prefill {measurement.PrefillTokensPerSecond:F0} tokens/s, decode {measurement.DecodeTokensPerSecond:F0} tokens/s ({measurement.RooflineShare * 100:F1}% of the roofline){(hostCopiesOnly ? ", host copies throughout" : $", {measurement.HostCopyDecodeTokensPerSecond:F0} tokens/s with host copies")}"));
        return measurement;
    }

    private void Report(string text) => progress.WriteLine(text);
}
