using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Functions.Durable;
using AliaBatch.Functions.Tests.Http;
using AliaBatch.Orchestration;
using AliaBatch.Orchestration.Activities;
using AliaBatch.Orchestration.Events;
using AliaBatch.Orchestration.Intake;
using AliaBatch.Orchestration.Orchestrators;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Pipeline;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace AliaBatch.Functions.Tests.Durable;

/// <summary>A job run end to end through the function wrappers (not the classes directly) on the in-process backend.</summary>
public sealed class OrchestratorFunctionsTests
{
    [Fact]
    public async Task RunJobAsync_ThroughTheWrappers_ProcessesEveryDocument()
    {
        var token = TestContext.Current.CancellationToken;
        using var source = new TemporaryFolder("source");
        using var results = new TemporaryFolder("results");
        source.WriteFile("a.txt", "El ayuntamiento aprobó ayer el presupuesto municipal para el año próximo.");
        source.WriteFile("b.txt", "La consellera va presentar el pla de salut als veïns del barri.");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging();
        builder.Services.AddAliaBatchPipeline();
        builder.Services.AddAliaBatchOrchestration();
        using var app = builder.Build();
        var functions = new TestFunctionContext(null) { InstanceServices = app.Services };
        await using var durable = await DurableTaskTestHost.StartAsync(registry => registry
            .AddOrchestratorFunc<JobOrchestrationInput, JobOrchestrationResult?>(nameof(JobOrchestrator), (context, _) => OrchestratorFunctions.RunJobAsync(context))
            .AddOrchestratorFunc<BatchGroupInput, BatchCounts>(nameof(BatchGroupOrchestrator), (context, _) => OrchestratorFunctions.RunBatchGroupAsync(context))
            .AddActivityFunc<PreparePageInput, PreparedPage>(nameof(PreparePageActivity), (c, i) => ActivityFunctions.PreparePageAsync(i, c.InstanceId, functions))
            .AddActivityFunc<ProcessBatchInput, BatchCounts>(nameof(ProcessBatchActivity), (c, i) => ActivityFunctions.ProcessBatchAsync(i, c.InstanceId, functions))
            .AddActivityFunc<FinalizeJobInput, JobOrchestrationResult>(nameof(FinalizeJobActivity), (c, i) => ActivityFunctions.FinalizeJobAsync(i, c.InstanceId, functions))
            .AddActivityFunc<PublishJobEventInput, string>(nameof(PublishJobEventActivity), (c, i) => ActivityFunctions.PublishJobEventAsync(i, c.InstanceId, functions)),
            new DurableTaskTestHostOptions { Port = LoopbackPorts.Free() },
            token);
        var request = new JobRequest
        {
            JobId = "wrapped",
            Source = new JobSource { Kind = SourceKind.Local, Path = source.Path },
            Tasks = new JobTasks { Summarize = new SummarizeTask() },
        };

        var start = await app.Services.GetRequiredService<JobStarter>().StartAsync(durable.Client, request, StoreReference.Local(results.Path), "run-1", FunctionsHost.HostName, token);
        var finished = await durable.Client.WaitForInstanceCompletionAsync(start.InstanceId, getInputsAndOutputs: true, token);

        Assert.True(finished.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{finished.RuntimeStatus}: {finished.FailureDetails?.ErrorType} {finished.FailureDetails?.ErrorMessage}");
        var manifest = await ObjectStores.ForFolder(results.Path).ReadJsonOrDefaultAsync<JobManifest>(ResultLayout.Manifest("wrapped"), token);
        Assert.Equal(JobStatus.Succeeded, manifest!.Status);
        Assert.Equal(2, manifest.Counts.Succeeded);
        Assert.Equal(FunctionsHost.HostName, manifest.Host);
    }
}
