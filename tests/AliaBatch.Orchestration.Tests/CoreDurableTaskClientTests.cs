using AliaBatch.Hosting.Embedded;
using AliaBatch.Orchestration.Orchestrators;
using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar;
using Xunit;

namespace AliaBatch.Orchestration.Tests;

// The client over the in-memory backend: with no worker, what it writes is what it reads back; with a Durable Task Core
// worker running an orchestration that waits for an approval event, what suspend, resume and terminate do to it.
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

    // The timeouts only stop a broken client from hanging the run (an event lost while suspended would never complete it).
    [Fact(Timeout = 30_000)]
    public async Task SuspendInstanceAsync_RunningInstance_HoldsEventsUntilResumeInstanceAsyncThenCompletes()
    {
        await using var worker = await WaitingWorker.StartAsync(_service);
        var client = new CoreDurableTaskClient(_service);
        var id = await StartWaitingAsync(client, "expedient 42");

        await client.SuspendInstanceAsync(id, "pausa de mantenimiento", Token);
        await WaitForStatusAsync(client, id, OrchestrationRuntimeStatus.Suspended);
        await client.RaiseEventAsync(id, WaitForApproval.Approve, "aprobado", Token);
        await client.ResumeInstanceAsync(id, "reanudado", Token);
        var completed = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, completed.RuntimeStatus);
        Assert.Equal("expedient 42: aprobado", completed.ReadOutputAs<string>());
    }

    [Fact(Timeout = 30_000)]
    public async Task TerminateInstanceAsync_RunningInstance_EndsTerminatedWithTheGivenOutput()
    {
        await using var worker = await WaitingWorker.StartAsync(_service);
        var client = new CoreDurableTaskClient(_service);
        var id = await StartWaitingAsync(client, "expedient 9");

        await client.TerminateInstanceAsync(id, new TerminateInstanceOptions { Output = "retirado por el operador" }, Token);
        var ended = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, Token);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, ended.RuntimeStatus);
        Assert.Equal("retirado por el operador", ended.ReadOutputAs<string>());
    }

    private static async Task<string> StartWaitingAsync(CoreDurableTaskClient client, string expedient)
    {
        var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), expedient, cancellation: Token);
        await client.WaitForInstanceStartAsync(id, cancellation: Token);
        return id;
    }

    private static async Task WaitForStatusAsync(CoreDurableTaskClient client, string id, OrchestrationRuntimeStatus status)
    {
        while ((await client.GetInstanceAsync(id, cancellation: Token))?.RuntimeStatus != status)
        {
            await Task.Delay(20, Token);
        }
    }

    private sealed record Probe(string Text, int Day);

    // A Durable Task Core orchestration (the worker under the client is not what is tested) that ends with its input
    // and the payload of the first approval event.
    private sealed class WaitForApproval : TaskOrchestration<string, string, string, string>
    {
        public const string Approve = "approve";
        private readonly TaskCompletionSource<string> _approval = new();

        public override async Task<string> RunTask(OrchestrationContext context, string input) => $"{input}: {await _approval.Task}";

        public override void OnEvent(OrchestrationContext context, string name, string input)
        {
            if (name == Approve)
            {
                _approval.TrySetResult(input);
            }
        }
    }

    private sealed class WaitingWorker(TaskHubWorker worker) : IAsyncDisposable
    {
        public static async Task<WaitingWorker> StartAsync(IOrchestrationService service)
        {
            await service.CreateIfNotExistsAsync();
            var worker = new TaskHubWorker(service);
            worker.AddTaskOrchestrations(new Creator());
            await worker.StartAsync();
            return new WaitingWorker(worker);
        }

        public async ValueTask DisposeAsync() => await worker.StopAsync(isForced: true);

        // A new orchestration object for every execution and replay, as Durable Task Core expects.
        private sealed class Creator : ObjectCreator<TaskOrchestration>
        {
            public Creator()
            {
                Name = nameof(WaitForApproval);
                Version = string.Empty;
            }

            public override TaskOrchestration Create() => new WaitForApproval();
        }
    }
}
