using System.Net;
using AliaBatch.Inference.Packs;
using AliaBatch.Storage;
using AliaBatch.Testing;
using AliaBatch.Worker.Health;
using AliaBatch.Worker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace AliaBatch.Worker.Tests;

public sealed class WorkerServiceTests(PackFixture packs) : IDisposable
{
    private readonly TemporaryFolder _work = new("worker-service");

    [Fact]
    public async Task ExecuteAsync_ModelsNotWarmYet_ReadinessIs503UntilWarmThen200()
    {
        // Arrange: the pack source answers only when the test opens the gate, so the worker is held mid-preparation.
        var gated = new GatedObjectStore(ObjectStores.ForFolder(packs.PacksFolder));
        await using var worker = await InProcessWorker.StartAsync(Settings(), s => s.AddSingleton(new ModelPackStore(gated, string.Empty)));

        // Act / Assert: not ready while the pack is being pulled; live all along.
        foreach (var path in HealthEndpoints.ReadinessPaths)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await worker.GetStatusAsync(path));
        }

        foreach (var path in HealthEndpoints.LivenessPaths)
        {
            Assert.Equal(HttpStatusCode.OK, await worker.GetStatusAsync(path));
        }

        Assert.False(worker.Services.GetRequiredService<WorkerHealth>().ModelsReady);
        gated.Open();
        await worker.WaitForStatusAsync("/readyz", HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, await worker.GetStatusAsync("/health/ready"));
        Assert.Equal(HttpStatusCode.OK, await worker.GetStatusAsync("/healthz"));
        Assert.True(File.Exists(Path.Combine(_work.Combine("cache"), PackFixture.DecoderPackId, "model.onnx")));
    }

    public void Dispose() => _work.Dispose();

    private Dictionary<string, string?> Settings() => new()
    {
        ["AliaBatch:Models:SourceFolder"] = packs.PacksFolder,
        ["AliaBatch:Worker:ModelCacheDirectory"] = _work.Combine("cache"),
        ["AliaBatch:Worker:TranslationPack"] = PackFixture.DecoderPackId,
        ["AliaBatch:Inference:ExecutionProvider"] = "Cpu",
        ["AliaBatch:Transport:Kind"] = "InProcess",
    };
}
