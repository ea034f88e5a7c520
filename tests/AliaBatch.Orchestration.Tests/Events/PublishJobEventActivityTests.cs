using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Hosting.Embedded;
using AliaBatch.Pipeline;
using AliaBatch.Pipeline.Tasks;
using AliaBatch.Storage;
using AliaBatch.Testing;
using AliaBatch.Transport.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Events;

/// <summary>The job orchestrator's publish step, end to end in the embedded host with a recording publisher.</summary>
public sealed class PublishJobEventActivityTests : IAsyncLifetime
{
    private const string Spanish = "El Ayuntamiento informa de que el plazo para pagar el impuesto termina el 30 de noviembre.";

    private readonly TemporaryFolder _input = new("events-input");
    private readonly TemporaryFolder _output = new("events-output");
    private readonly RecordingJobEventPublisher _publisher = new();
    private readonly GateTask _gate = new();
    private IHost _host = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AliaBatch:Orchestration:MaxDocumentsPerBatch"] = "2",
            ["AliaBatch:EmbeddedHost:PollInterval"] = "00:00:00.020",
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton<IJobEventPublisher>(_publisher);
        builder.Services.AddSingleton<IDocumentTask>(_gate);
        builder.Services.AddAliaBatchPipeline();
        builder.Services.AddAliaBatchEmbeddedHost();
        _host = builder.Build();
        await _host.StartAsync(Token);
    }

    public async ValueTask DisposeAsync()
    {
        _gate.Open();
        await _host.StopAsync(CancellationToken.None);
        await ((IAsyncDisposable)_host).DisposeAsync();
        _input.Dispose();
        _output.Dispose();
    }

    [Fact]
    public async Task RunAsync_JobRun_PublishesExactlyOneCompletedEventWithCountsAndLocations()
    {
        WriteDocuments(5);

        var manifest = await Jobs.RunAsync(Request(), new FileSystemObjectStore(_input.Path), new FileSystemObjectStore(_output.Path), cancellationToken: Token);

        var published = Assert.Single(_publisher.Published);
        Assert.Equal(JobEventTypes.JobCompleted, published.Type);
        Assert.Equal("succeeded", published.Status);
        Assert.Equal("job-1", published.JobId);
        Assert.Equal(manifest.Counts, published.Counts);
        Assert.Equal($"{JobEventTypes.JobCompleted}:job-1:{published.RunId}", published.Id);
        Assert.Equal(
            [Path.Combine(_output.Path, "job-1", "_job.json"), Path.Combine(_output.Path, "job-1", "index.jsonl")],
            published.ResultLocations);
        Assert.All(published.ResultLocations, l => Assert.True(File.Exists(l), l));
    }

    [Fact]
    public async Task RunAsync_OnePoisonDocument_PublishesOneCompletedWithErrorsEvent()
    {
        WriteDocuments(3);
        _input.WriteFile("poison.txt", Spanish);

        await Jobs.RunAsync(Request(), new FileSystemObjectStore(_input.Path), new FileSystemObjectStore(_output.Path), cancellationToken: Token);

        var published = Assert.Single(_publisher.Published);
        Assert.Equal(JobEventTypes.JobCompletedWithErrors, published.Type);
        Assert.Equal(new JobCounts(4, 3, 1, 0), published.Counts);
    }

    [Fact]
    public async Task RunAsync_TwoRunsOfOneJob_PublishOneEventPerRunWithDistinctIds()
    {
        WriteDocuments(2);

        await Jobs.RunAsync(Request(), new FileSystemObjectStore(_input.Path), new FileSystemObjectStore(_output.Path), cancellationToken: Token);
        await Jobs.RunAsync(Request(), new FileSystemObjectStore(_input.Path), new FileSystemObjectStore(_output.Path), cancellationToken: Token);

        Assert.Equal(2, _publisher.Published.Count);
        Assert.NotEqual(_publisher.Published[0].Id, _publisher.Published[1].Id);
        Assert.All(_publisher.Published, e => Assert.Equal(JobEventTypes.JobCompleted, e.Type));
    }

    private EmbeddedJobHost Jobs => _host.Services.GetRequiredService<EmbeddedJobHost>();

    private static JobRequest Request() => new()
    {
        JobId = "job-1",
        Source = new JobSource { Kind = SourceKind.Local, Path = "unused" },
        Tasks = new JobTasks { Summarize = new SummarizeTask() },
    };

    private void WriteDocuments(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _input.WriteFile($"doc{i:D2}.txt", Spanish);
        }
    }
}
