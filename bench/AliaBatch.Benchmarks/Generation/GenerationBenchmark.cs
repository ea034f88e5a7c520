using System.Globalization;
using AliaBatch.Inference.Generation;
using AliaBatch.Inference.Sessions;
using AliaBatch.ModelBuilder.Decoder;
using Microsoft.ML.OnnxRuntime;

namespace AliaBatch.Benchmarks.Generation;

/// <summary>
/// Generation on the CPU with a generated Llama decoder: tokens/s against batch size, KV cache against recompute,
/// compaction on and off on a skewed batch, and the batch planner's padding efficiency. Every comparison's two sides
/// are measured in the same run, taking turns, so machine noise hits them alike.
/// </summary>
internal sealed partial class GenerationBenchmark(GenerationSettings settings, TextWriter progress)
{
    public GenerationResults Run()
    {
        var folder = Path.Combine(Path.GetTempPath(), "aliabatch-bench-decoder-" + Guid.NewGuid().ToString("N"));
        try
        {
            var model = DecoderModelBuilder.Build(settings.Spec, folder, settings.Seed);
            using var factory = new OnnxSessionFactory(new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cpu, IntraOpThreads = settings.Threads });
            var runner = new DecoderRunner(new DecoderSession(factory.GetSession(model.ModelPath)), PromptIds.EosIds, PromptIds.PadId);
            return new GenerationResults
            {
                Model = Describe(settings.Spec),
                Threads = settings.Threads,
                Runs = settings.Runs,
                RecomputeRuns = settings.RecomputeRuns,
                OnnxRuntimeVersion = OrtEnv.Instance().GetVersionString(),
                Throughput = MeasureThroughput(runner),
                Cache = MeasureCache(runner),
                Compaction = MeasureCompaction(runner),
                Padding = MeasurePadding(),
            };
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static string Describe(DecoderSpec spec) => string.Create(
        CultureInfo.InvariantCulture,
        $"{spec.NumHiddenLayers} layers, hidden {spec.HiddenSize}, FFN {spec.IntermediateSize}, {spec.NumAttentionHeads} heads ({spec.NumKeyValueHeads} KV) of {spec.HeadDim}, vocabulary {spec.VocabSize:N0}, {spec.Precision.ToString().ToLowerInvariant()}, {spec.ParameterCount / 1e6:F1} M parameters");

    private void Report(string text) => progress.WriteLine(text);
}
