using AliaBatch.Core.Storage;
using AliaBatch.Functions.Triggers;
using AliaBatch.Orchestration.Intake;
using AliaBatch.Orchestration.Orchestrators;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Testing;
using Microsoft.DurableTask.Client;
using Xunit;

namespace AliaBatch.Functions.Tests.Triggers;

public sealed class IncomingBlobTriggerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task HandleAsync_JobFile_StartsJobOverTheDropFolder()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);
        await host.Incoming.WriteTextAsync("agency1/drop7/a.txt", "Hola", cancellationToken: TestContext.Current.CancellationToken);
        var info = await host.Incoming.WriteTextAsync("agency1/drop7/_job.json", """{"jobId":"drop-7","tasks":{"summarize":{}}}""", cancellationToken: TestContext.Current.CancellationToken);

        var decision = await host.Get<IncomingBlobTrigger>().HandleAsync(host.Client, "agency1/drop7/_job.json", info.ETag, TestContext.Current.CancellationToken);

        Assert.Equal(DropOutcome.Start, decision.Outcome);
        var instance = await host.WaitForStatusAsync(JobOrchestrator.InstanceId("drop-7", decision.RunId!), i => i.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        var input = instance.ReadInputAs<JobOrchestrationInput>()!;
        Assert.Equal(host.IncomingContainer, input.Request.Source.Container);
        Assert.Equal("agency1/drop7", input.Request.Source.Prefix);
        Assert.Equal(host.ResultsContainer, input.Job.Results.Location);
    }

    [Fact]
    public async Task HandleAsync_DuplicateDelivery_OneRun()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);
        var info = await host.Incoming.WriteTextAsync("agency1/report.txt", "Bon dia", cancellationToken: TestContext.Current.CancellationToken);
        var trigger = host.Get<IncomingBlobTrigger>();

        var first = await trigger.HandleAsync(host.Client, "agency1/report.txt", info.ETag, TestContext.Current.CancellationToken);
        var second = await trigger.HandleAsync(host.Client, "agency1/report.txt", info.ETag, TestContext.Current.CancellationToken);

        Assert.Equal(first.RunId, second.RunId);
        Assert.Single(await host.Client.GetAllInstancesAsync().ToListAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("agency1/drop7/a.txt")]
    [InlineData("agency1/_defaults.json")]
    [InlineData("agency1/drop7/sub/_job.json")]
    public async Task HandleAsync_NotADrop_StartsNothing(string path)
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);
        var info = await host.Incoming.WriteTextAsync(path, "{}", cancellationToken: TestContext.Current.CancellationToken);

        var decision = await host.Get<IncomingBlobTrigger>().HandleAsync(host.Client, path, info.ETag, TestContext.Current.CancellationToken);

        Assert.Equal(DropOutcome.Ignore, decision.Outcome);
        Assert.Empty(await host.Client.GetAllInstancesAsync().ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task HandleAsync_InvalidJobFile_WritesRejectionRecord()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);
        var info = await host.Incoming.WriteTextAsync("agency1/drop8/_job.json", """{"tasks":{}}""", cancellationToken: TestContext.Current.CancellationToken);

        var decision = await host.Get<IncomingBlobTrigger>().HandleAsync(host.Client, "agency1/drop8/_job.json", info.ETag, TestContext.Current.CancellationToken);

        Assert.Equal(DropOutcome.Reject, decision.Outcome);
        var record = await host.Results.ReadTextAsync("_rejections/drop/agency1/drop8.json", TestContext.Current.CancellationToken);
        Assert.Contains("\"/tasks\"", record, StringComparison.Ordinal);
        Assert.Empty(await host.Client.GetAllInstancesAsync().ToListAsync(TestContext.Current.CancellationToken));
    }
}
