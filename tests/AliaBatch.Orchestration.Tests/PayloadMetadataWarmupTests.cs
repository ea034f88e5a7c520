using AliaBatch.Hosting.Embedded;
using AliaBatch.Orchestration;
using AliaBatch.Orchestration.Payloads;
using Xunit;

namespace AliaBatch.Orchestration.Tests;

public sealed class PayloadMetadataWarmupTests
{
    [Fact]
    public void PayloadTypes_CoverTheJobOrchestrationsInputsOutputsAndStatus()
    {
        var types = PayloadMetadataWarmup.PayloadTypes.ToHashSet();
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
        var warmup = PayloadMetadataWarmup.Start(new System.Text.Json.JsonSerializerOptions(CoreWorkerHosting.ConverterOptions));

        await warmup;

        Assert.True(warmup.IsCompletedSuccessfully);
    }
}
