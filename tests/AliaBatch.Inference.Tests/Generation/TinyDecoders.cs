using AliaBatch.Inference.Generation;
using AliaBatch.Inference.Sessions;
using AliaBatch.Inference.Tests.Generation;
using AliaBatch.ModelBuilder;
using AliaBatch.ModelBuilder.Decoder;
using Xunit;

[assembly: AssemblyFixture(typeof(TinyDecoders))]

namespace AliaBatch.Inference.Tests.Generation;

/// <summary>Generated tiny Llama decoders (fp32, fp16, derived positions), built once per test run, on one CPU factory.</summary>
public sealed class TinyDecoders : IDisposable
{
    public const int Seed = 20240611;
    private readonly TempDirectory _folder = new();

    public TinyDecoders()
    {
        Factory = new OnnxSessionFactory(new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cpu, IntraOpThreads = 1 });
        Fp32 = DecoderModelBuilder.Build(new DecoderSpec(), Path.Combine(_folder.Path, "fp32"), Seed);
        Fp16 = DecoderModelBuilder.Build(new DecoderSpec { Precision = ModelPrecision.Fp16 }, Path.Combine(_folder.Path, "fp16"), Seed);
        Derived = DecoderModelBuilder.Build(new DecoderSpec { Layout = DecoderLayout.DerivedPositions }, Path.Combine(_folder.Path, "derived"), Seed);
    }

    public OnnxSessionFactory Factory { get; }

    public GeneratedModel Fp32 { get; }

    public GeneratedModel Fp16 { get; }

    public GeneratedModel Derived { get; }

    public DecoderSession Decoder(GeneratedModel model) => new(Factory.GetSession(model.ModelPath));

    /// <summary>A runner with generation_config's EOS ids (2, 5) and pad 0.</summary>
    public DecoderRunner Runner(GeneratedModel model) => new(Decoder(model), [2, 5], padId: 0);

    /// <summary>Seeded prompts of ids 10..299 (no special ids) with the given lengths.</summary>
    public static IReadOnlyList<int>[] Prompts(int seed, params int[] lengths)
    {
        var random = new Random(seed);
        return [.. lengths.Select(n => (IReadOnlyList<int>)[.. Enumerable.Range(0, n).Select(_ => random.Next(10, 300))])];
    }

    public void Dispose()
    {
        Factory.Dispose();
        _folder.Dispose();
    }
}
