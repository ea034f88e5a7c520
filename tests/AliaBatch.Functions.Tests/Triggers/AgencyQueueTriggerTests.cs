using System.Text.Json;
using AliaBatch.Core.Storage;
using AliaBatch.Functions.Triggers;
using AliaBatch.Orchestration.Intake;
using AliaBatch.Orchestration.Orchestrators;
using AliaBatch.Testing;
using Microsoft.DurableTask.Client;
using Xunit;

namespace AliaBatch.Functions.Tests.Triggers;

public sealed class AgencyQueueTriggerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task HandleAsync_ValidMessage_StartsJobAndWritesNoPoison()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);

        var output = await host.Get<AgencyQueueTrigger>().HandleAsync(host.Client, "msg-1", Body(host, "agency-42"), TestContext.Current.CancellationToken);

        Assert.Null(output.PoisonMessage);
        var instanceId = JobOrchestrator.InstanceId("agency-42", RunIds.FromTrigger("queue", "msg-1"));
        await host.WaitForStatusAsync(instanceId, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Running);
    }

    [Fact]
    public async Task HandleAsync_RedeliveredMessage_IsTheSameRun()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);
        var trigger = host.Get<AgencyQueueTrigger>();
        await trigger.HandleAsync(host.Client, "msg-2", Body(host, "agency-43"), TestContext.Current.CancellationToken);

        var again = await trigger.HandleAsync(host.Client, "msg-2", Body(host, "agency-43"), TestContext.Current.CancellationToken);

        Assert.Null(again.PoisonMessage);
        var runs = host.Client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "agency-43:" });
        Assert.Single(await runs.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task HandleAsync_InvalidMessage_RecordsRejectionAndPoisonsWithReason()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);
        var body = Body(host, "agency-44").Replace("\"summarize\":{}", "\"summarize\":{\"maxWords\":1}", StringComparison.Ordinal);

        var output = await host.Get<AgencyQueueTrigger>().HandleAsync(host.Client, "msg-3", body, TestContext.Current.CancellationToken);

        var record = JsonDocument.Parse(await host.Results.ReadTextAsync("_rejections/queue/msg-3.json", TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("request.invalid", record.GetProperty("code").GetString());
        Assert.Equal("/tasks/summarize/maxWords", record.GetProperty("jsonPointer").GetString());
        var poison = JsonDocument.Parse(output.PoisonMessage!).RootElement;
        Assert.Equal("msg-3", poison.GetProperty("messageId").GetString());
        Assert.Equal(body, poison.GetProperty("body").GetString());
        Assert.Equal("/tasks/summarize/maxWords", poison.GetProperty("rejection").GetProperty("jsonPointer").GetString());
        Assert.Empty(await host.Client.GetAllInstancesAsync().ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task HandleAsync_OversizedMessage_RejectedAsTooLarge()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite, new Dictionary<string, string?> { ["AliaBatch:Intake:MaxRequestBytes"] = "256" });
        var body = Body(host, "agency-45") + new string(' ', 300);

        var output = await host.Get<AgencyQueueTrigger>().HandleAsync(host.Client, "msg-4", body, TestContext.Current.CancellationToken);

        Assert.NotNull(output.PoisonMessage);
        var record = JsonDocument.Parse(await host.Results.ReadTextAsync("_rejections/queue/msg-4.json", TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("request.too_large", record.GetProperty("code").GetString());
    }

    [Fact]
    public async Task HandleAsync_SourceOutsideAllowed_RejectedAsUnauthorized()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);
        var body = Body(host, "agency-46").Replace(host.IncomingContainer, "models", StringComparison.Ordinal);

        var output = await host.Get<AgencyQueueTrigger>().HandleAsync(host.Client, "msg-5", body, TestContext.Current.CancellationToken);

        Assert.Contains("request.unauthorized", output.PoisonMessage, StringComparison.Ordinal);
    }

    internal static string Body(FunctionsTestHost host, string jobId) =>
        "{\"schemaVersion\":\"1.0\",\"jobId\":\"" + jobId + "\",\"source\":{\"kind\":\"blob\",\"container\":\"" + host.IncomingContainer +
        "\",\"prefix\":\"agency1\"},\"tasks\":{\"summarize\":{}}}";
}
