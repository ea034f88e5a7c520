using AliaBatch.Benchmarks.Generation;
using AliaBatch.Inference.Generation;
using AliaBatch.Inference.Sessions;
using AliaBatch.ModelBuilder.Decoder;

namespace AliaBatch.Benchmarks.Gpu;

/// <summary>
/// Whether the device gives the CPU's answers: a small generated decoder, the same prompts (of mixed lengths, so padding
/// and compaction take part), greedy generation on the CPU and on the benchmark's execution provider, compared token by
/// token. Greedy continuations part for good at the first different token, so each row counts its common prefix. Where
/// the device's IOBinding path fails, the check says so and compares the host-copy path instead.
/// </summary>
internal static class GpuParity
{
    private const int NewTokens = 24;
    private static readonly int[] s_promptLengths = [5, 9, 16, 16];

    public static GpuParityResult Check(DecoderSpec spec, InferenceOptions deviceOptions, string workFolder, int seed)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var folder = Path.Combine(workFolder, "aliabatch-gpu-parity-" + Guid.NewGuid().ToString("N"));
        try
        {
            var model = DecoderModelBuilder.Build(spec, folder, seed);
            var prompts = PromptIds.Create(seed, spec.VocabSize, s_promptLengths);
            var options = TimedGeneration.Fixed(NewTokens);
            using var cpu = new OnnxSessionFactory(new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cpu });
            using var device = new OnnxSessionFactory(deviceOptions);
            var deviceSession = device.GetSession(model.ModelPath);
            var expected = Generate(cpu.GetSession(model.ModelPath), prompts, options);
            var (actual, ioBindingError) = IoBindingFallback.Run(
                deviceSession.ExecutionProvider, useIoBinding => Generate(deviceSession, prompts, TimedGeneration.Fixed(NewTokens, useIoBinding: useIoBinding)));
            var commonPrefixes = expected.Zip(actual, (e, a) => e.GeneratedIds.Zip(a.GeneratedIds).TakeWhile(pair => pair.First == pair.Second).Count()).ToList();
            return new GpuParityResult(spec.Precision, deviceSession.ExecutionProvider.ToString(), prompts.Count, NewTokens, commonPrefixes, ioBindingError);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static IReadOnlyList<GeneratedSequence> Generate(OnnxModelSession session, IReadOnlyList<IReadOnlyList<int>> prompts, GenerationOptions options) =>
        new DecoderRunner(new DecoderSession(session), PromptIds.EosIds, PromptIds.PadId).Generate(prompts, options);
}
