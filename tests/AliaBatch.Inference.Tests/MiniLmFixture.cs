using AliaBatch.Inference.Embeddings;
using AliaBatch.Inference.Sessions;
using AliaBatch.Inference.Tests;
using Xunit;

[assembly: AssemblyFixture(typeof(MiniLmFixture))]

namespace AliaBatch.Inference.Tests;

/// <summary>Extracts the built-in MiniLM once per test run into a private folder and shares one CPU session.</summary>
public sealed class MiniLmFixture : IDisposable
{
    private readonly TempDirectory _cache = new();

    public MiniLmFixture()
    {
        Files = MiniLmModel.Extract(_cache.Path);
        Factory = new OnnxSessionFactory(new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cpu });
        Embedder = SentenceEmbedder.CreateMiniLm(Factory, cacheDirectory: _cache.Path);
    }

    public EncoderModelFiles Files { get; }

    public OnnxSessionFactory Factory { get; }

    public SentenceEmbedder Embedder { get; }

    public void Dispose()
    {
        Factory.Dispose();
        _cache.Dispose();
    }
}
