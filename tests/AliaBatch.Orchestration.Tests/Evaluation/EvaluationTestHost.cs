using AliaBatch.Orchestration.Evaluation;
using AliaBatch.Orchestration.Tests.Events;
using AliaBatch.Pipeline;
using AliaBatch.Testing;
using AliaBatch.Transport.Events;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AliaBatch.Orchestration.Tests.Evaluation;

/// <summary>
/// An application container with the pipeline and the orchestration services (suites and results in folders of
/// <see cref="Root"/>, a recording event publisher), and the in-process Durable Task test host running every
/// AliaBatch orchestrator and activity over it.
/// </summary>
internal sealed class EvaluationTestHost : IAsyncDisposable
{
    private readonly TemporaryFolder _root = new("evaluation");
    private IHost? _app;
    private DurableTaskTestHost? _durable;

    public RecordingJobEventPublisher Publisher { get; } = new();

    public string Root => _root.Path;

    public string SuitesFolder => _root.Combine("eval-suites");

    public string ResultsFolder => _root.Combine("eval-results");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AliaBatch:Evaluation:LocalRoot"] = Root,
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton<IJobEventPublisher>(Publisher);
        builder.Services.AddAliaBatchPipeline();
        builder.Services.AddAliaBatchOrchestration();
        _app = builder.Build();
        await _app.StartAsync(cancellationToken);
        _durable = await DurableTaskTestHost.StartAsync(
            registry => registry.AddAliaBatchTasks(_app.Services), new DurableTaskTestHostOptions { Port = LoopbackPorts.Free() }, cancellationToken);
    }

    /// <summary>Copies a bundled suite of <c>eval-suites/</c> into the suites folder.</summary>
    public string CopyBundledSuite(string id)
    {
        var target = Directory.CreateDirectory(Path.Combine(SuitesFolder, id)).FullName;
        foreach (var file in new[] { "suite.json", "items.jsonl" })
        {
            File.Copy(RepositoryPaths.InRepository("eval-suites", id, file), Path.Combine(target, file), overwrite: true);
        }

        return target;
    }

    /// <summary>Writes a suite into the suites folder.</summary>
    public void WriteSuite(string id, string manifest, IEnumerable<string> items)
    {
        var target = Directory.CreateDirectory(Path.Combine(SuitesFolder, id)).FullName;
        File.WriteAllText(Path.Combine(target, "suite.json"), manifest);
        File.WriteAllText(Path.Combine(target, "items.jsonl"), string.Join('\n', items) + "\n");
    }

    /// <summary>Runs the evaluation of a slot to its end and returns the instance's final state.</summary>
    public async Task<OrchestrationMetadata> RunAsync(string slot, IReadOnlyList<string> suites, CancellationToken cancellationToken, string? instanceId = null)
    {
        var client = _durable!.Client;
        instanceId ??= EvaluationOrchestrator.InstanceId(slot);
        await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(EvaluationOrchestrator), new EvaluationOrchestrationInput(suites, slot, "test"), new StartOrchestrationOptions(instanceId), cancellationToken);
        return await client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_durable is not null)
        {
            await _durable.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await ((IAsyncDisposable)_app).DisposeAsync();
        }

        _root.Dispose();
    }
}
