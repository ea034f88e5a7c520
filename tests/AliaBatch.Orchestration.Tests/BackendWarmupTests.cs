using System.Text.Json;
using AliaBatch.Hosting.Embedded;
using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Payloads;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace AliaBatch.Orchestration.Tests;

public sealed class BackendWarmupTests
{
    [Fact]
    public void PayloadTypes_CoverTheJobOrchestrationsInputsOutputsAndStatus()
    {
        var types = BackendWarmup.PayloadTypes.ToHashSet();
        var orchestrators = AliaBatchTasks.Orchestrators
            .Where(o => o.Key is "JobOrchestrator" or "BatchGroupOrchestrator")
            .Select(o => o.Value())
            .ToList();

        Assert.All(orchestrators, o => Assert.Contains(o.InputType, types));
        Assert.All(orchestrators, o => Assert.Contains(o.OutputType, types));
        Assert.Contains(typeof(JobProgressStatus), types);
        Assert.Contains(typeof(ProcessBatchInput), types);
    }

    [Fact]
    public async Task Start_EveryPayloadType_BuildsWithoutError()
    {
        // A payload type the serializer cannot describe would fault the warm-up (and the first payload of that type).
        var warmup = BackendWarmup.Start(new JsonSerializerOptions(CoreWorkerHosting.ConverterOptions), new ServiceCollection().BuildServiceProvider());

        await warmup;

        Assert.True(warmup.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Start_WithTheBatchServices_BuildsTheBatchProcessor()
    {
        using var services = new ServiceCollection()
            .AddSingleton<BatchProcessor>(_ => throw new InvalidOperationException("built"))
            .BuildServiceProvider();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => BackendWarmup.Start(new JsonSerializerOptions(CoreWorkerHosting.ConverterOptions), services));

        Assert.Equal("built", error.Message);
    }
}
