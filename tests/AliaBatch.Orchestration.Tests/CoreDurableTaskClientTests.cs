using AliaBatch.Hosting.Embedded;
using AliaBatch.Orchestration.Orchestrators;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar;
using Xunit;

namespace AliaBatch.Orchestration.Tests;

// The client on its own, over the in-memory backend with no worker: what it writes is what it reads back.
public sealed class CoreDurableTaskClientTests
{
    private readonly InMemoryOrchestrationService _service = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ScheduleNewOrchestrationInstanceAsync_WithInstanceIdAndTags_InstanceIsPendingWithThem()
    {
        var client = new CoreDurableTaskClient(_service);
        var options = new StartOrchestrationOptions("job-1:run") { Tags = new Dictionary<string, string> { ["agency"] = "bcn" } };

        var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(JobOrchestrator), new Probe("el plazo", 30), options, Token);
        var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true, Token);

        Assert.Equal("job-1:run", id);
        Assert.NotNull(instance);
        Assert.Equal(nameof(JobOrchestrator), instance.Name);
        Assert.Equal(OrchestrationRuntimeStatus.Pending, instance.RuntimeStatus);
        Assert.Equal(new Probe("el plazo", 30), instance.ReadInputAs<Probe>());
        Assert.Equal("bcn", instance.Tags["agency"]);
    }

    [Fact]
    public async Task GetInstanceAsync_WithoutInputsAndOutputs_LeavesTheInputOut()
    {
        var client = new CoreDurableTaskClient(_service);
        var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(JobOrchestrator), new Probe("x", 1), cancellation: Token);

        var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: false, Token);

        Assert.NotNull(instance);
        Assert.Null(instance.SerializedInput);
        Assert.Equal(32, id.Length);
    }

    [Fact]
    public async Task GetInstanceAsync_UnknownInstance_ReturnsNull()
    {
        var client = new CoreDurableTaskClient(_service);

        Assert.Null(await client.GetInstanceAsync("nobody", getInputsAndOutputs: true, Token));
    }

    [Fact]
    public async Task GetAllInstancesAsync_AnyFilter_IsNotSupported()
    {
        await using var client = new CoreDurableTaskClient(_service);

        Assert.Throws<NotSupportedException>(() => client.GetAllInstancesAsync());
    }

    private sealed record Probe(string Text, int Day);
}
