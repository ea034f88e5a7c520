using AliaBatch.Inference.Embeddings;
using AliaBatch.Inference.Sessions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace AliaBatch.Inference.Tests;

public sealed class InferenceServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAliaBatchInference();
        return builder.Build();
    }

    [Fact]
    public async Task AddAliaBatchInference_CpuConfigured_FactoryLoadsOnCpu()
    {
        using var host = BuildHost(new() { ["AliaBatch:Inference:ExecutionProvider"] = "Cpu", ["AliaBatch:Inference:IntraOpThreads"] = "1" });
        await host.StartAsync(TestContext.Current.CancellationToken);

        var factory = host.Services.GetRequiredService<OnnxSessionFactory>();
        var session = factory.GetSession(_temp.Write("identity.onnx", TinyOnnx.Identity()));

        Assert.Equal(ExecutionProviderKind.Cpu, session.ExecutionProvider);
        Assert.Equal(1, host.Services.GetRequiredService<IOptions<InferenceOptions>>().Value.IntraOpThreads);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task AddAliaBatchInference_InvalidDeviceId_FailsAtStartNamingTheKey()
    {
        using var host = BuildHost(new() { ["AliaBatch:Inference:DeviceId"] = "-1" });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("DeviceId", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAliaBatchInference_EmbedderResolved_UsesTheConfiguredCacheAndLimits()
    {
        using var host = BuildHost(new()
        {
            ["AliaBatch:Inference:ExecutionProvider"] = "Cpu",
            ["AliaBatch:Encoders:ModelCacheDirectory"] = _temp.Path,
            ["AliaBatch:Encoders:MaxBatchSize"] = "2",
        });
        await host.StartAsync(TestContext.Current.CancellationToken);

        var embedder = host.Services.GetRequiredService<SentenceEmbedder>();

        Assert.Equal(384, embedder.Dimensions);
        Assert.True(File.Exists(Path.Combine(_temp.Path, "model.onnx")));
        Assert.Equal(3, embedder.EmbedBatch(["a", "b", "c"], TestContext.Current.CancellationToken).Count);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    public void Dispose() => _temp.Dispose();
}
