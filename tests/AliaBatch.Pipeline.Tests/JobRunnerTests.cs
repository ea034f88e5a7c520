using AliaBatch.Core.Errors;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Languages;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Pipeline.Tests;

public sealed class JobRunnerTests : IDisposable
{
    private readonly TemporaryFolder _input = new("input");
    private readonly TemporaryFolder _output = new("output");
    private readonly Microsoft.Extensions.Hosting.IHost _host = PipelineHost.Create();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IObjectStore Source => new FileSystemObjectStore(_input.Path);

    private IObjectStore Results => new FileSystemObjectStore(_output.Path);

    private JobRequest Request(JobTasks? tasks = null, OverwritePolicy overwrite = OverwritePolicy.Skip) => new()
    {
        JobId = "test-job",
        Source = new JobSource { Kind = SourceKind.Local, Path = _input.Path },
        Tasks = tasks ?? new JobTasks { Summarize = new SummarizeTask { MaxSentences = 2 } },
        Options = new JobOptions { Overwrite = overwrite },
    };

    [Fact]
    public async Task RunAsync_ThreeDocuments_WritesOneResultEachAndSucceeds()
    {
        _input.WriteFile("es.txt", Documents.Spanish);
        _input.WriteFile("sub/ca.md", "# Avís\n\n" + Documents.Catalan);
        _input.WriteFile("eu.html", $"<html><body><p>{Documents.Basque}</p><script>alert(1)</script></body></html>");

        var manifest = await _host.Runner().RunAsync(Request(), Source, Results, cancellationToken: Token);

        Assert.Equal(JobStatus.Succeeded, manifest.Status);
        Assert.Equal(new JobCounts(3, 3, 0, 0), manifest.Counts);
        var es = await Results.ReadJsonOrDefaultAsync<DocumentResult>("test-job/es.txt.json", Token);
        Assert.NotNull(es);
        Assert.Equal(LanguageTag.Spanish, es.Language!.Language);
        Assert.Equal(64, es.Source.Sha256!.Length);
        Assert.NotNull(es.Outputs.Summary);
        Assert.Contains(es.Provenance, p => p.Stage == "summarize");
        var ca = await Results.ReadJsonOrDefaultAsync<DocumentResult>("test-job/sub/ca.md.json", Token);
        Assert.Equal(LanguageTag.Catalan, ca!.Language!.Language);
        var eu = await Results.ReadJsonOrDefaultAsync<DocumentResult>("test-job/eu.html.json", Token);
        Assert.Equal(LanguageTag.Basque, eu!.Language!.Language);
        var index = (await Results.ReadTextAsync("test-job/index.jsonl", Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, index.Length);
    }

    [Fact]
    public async Task RunAsync_OneUnreadableDocument_CompletesWithErrorsAndKeepsTheRest()
    {
        _input.WriteFile("good.txt", Documents.Spanish);
        _input.WriteFile("empty.txt", string.Empty);
        _input.WriteFile("garbage.txt", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray());
        _input.WriteFile("image.png", [0x89, 0x50, 0x4E, 0x47]);

        var manifest = await _host.Runner().RunAsync(Request(), Source, Results, cancellationToken: Token);

        Assert.Equal(JobStatus.CompletedWithErrors, manifest.Status);
        Assert.Equal(1, manifest.Counts.Succeeded);
        Assert.Equal(3, manifest.Counts.Failed);
        Assert.Equal(ErrorCodes.DocumentEmpty, (await Read("empty.txt")).Error!.Code);
        Assert.Equal(ErrorCodes.DocumentBinary, (await Read("garbage.txt")).Error!.Code);
        Assert.Equal(ErrorCodes.DocumentUnsupportedFormat, (await Read("image.png")).Error!.Code);
        Assert.Equal(DocumentStatus.Succeeded, (await Read("good.txt")).Status);
    }

    [Fact]
    public async Task RunAsync_SameJobTwice_ProcessesNothingTheSecondTime()
    {
        _input.WriteFile("a.txt", Documents.Spanish);
        _input.WriteFile("b.txt", Documents.Catalan);
        var runner = _host.Runner();
        await runner.RunAsync(Request(), Source, Results, cancellationToken: Token);
        var before = await Results.ListAsync("test-job/", Token).Where(i => i.Path.EndsWith(".txt.json", StringComparison.Ordinal)).ToListAsync(Token);

        var second = await runner.RunAsync(Request(), Source, Results, cancellationToken: Token);

        var after = await Results.ListAsync("test-job/", Token).Where(i => i.Path.EndsWith(".txt.json", StringComparison.Ordinal)).ToListAsync(Token);
        Assert.Equal(0, second.ProcessedThisRun);
        Assert.Equal(JobStatus.Succeeded, second.Status);
        Assert.Equal(2, second.Counts.Succeeded);
        Assert.Equal(before.Select(i => i.ETag), after.Select(i => i.ETag));
        var index = (await Results.ReadTextAsync("test-job/index.jsonl", Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, index.Length);
    }

    [Fact]
    public async Task RunAsync_AfterAFailureIsFixed_ReprocessesOnlyTheFailedDocument()
    {
        _input.WriteFile("a.txt", Documents.Spanish);
        _input.WriteFile("b.txt", string.Empty);
        var runner = _host.Runner();
        await runner.RunAsync(Request(), Source, Results, cancellationToken: Token);
        _input.WriteFile("b.txt", Documents.Basque);

        var second = await runner.RunAsync(Request(), Source, Results, cancellationToken: Token);

        Assert.Equal(1, second.ProcessedThisRun);
        Assert.Equal(JobStatus.Succeeded, second.Status);
        Assert.Equal(LanguageTag.Basque, (await Read("b.txt")).Language!.Language);
    }

    [Fact]
    public async Task RunAsync_OverwritePolicy_ProcessesEverythingAgain()
    {
        _input.WriteFile("a.txt", Documents.Spanish);
        var runner = _host.Runner();
        await runner.RunAsync(Request(), Source, Results, cancellationToken: Token);

        var second = await runner.RunAsync(Request(overwrite: OverwritePolicy.Overwrite), Source, Results, cancellationToken: Token);

        Assert.Equal(1, second.ProcessedThisRun);
    }

    [Fact]
    public async Task RunAsync_Cancelled_KeepsFinishedResultsAndEndsCancelled()
    {
        for (var i = 0; i < 40; i++)
        {
            _input.WriteFile($"doc{i:D2}.txt", Documents.Spanish + $" Expediente {i}.");
        }

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var progress = new CancelAfter(3, cancellation);

        var manifest = await _host.Runner().RunAsync(Request(), Source, Results, progress, cancellation.Token);

        Assert.Equal(JobStatus.Cancelled, manifest.Status);
        Assert.InRange(manifest.Counts.Succeeded, 3, 39);
        Assert.Equal(40, manifest.Counts.Succeeded + manifest.Counts.Cancelled);
        var written = await Results.ListAsync("test-job/", Token).CountAsync(i => i.Path.EndsWith(".txt.json", StringComparison.Ordinal), Token);
        Assert.Equal(manifest.Counts.Succeeded, written);
        var index = await Results.ReadTextAsync("test-job/index.jsonl", Token);
        Assert.Contains(ErrorCodes.Cancelled, index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TranslateWithoutModel_FailsTargetsButKeepsSameLanguagePassThrough()
    {
        _input.WriteFile("ca.txt", Documents.Catalan);
        var tasks = new JobTasks
        {
            Translate = new TranslateTask { Targets = [LanguageTag.Catalan, LanguageTag.Spanish] },
            Summarize = new SummarizeTask(),
        };

        var manifest = await _host.Runner().RunAsync(Request(tasks), Source, Results, cancellationToken: Token);

        var result = await Read("ca.txt");
        Assert.Equal(JobStatus.CompletedWithErrors, manifest.Status);
        Assert.Equal(ErrorCodes.ModelUnavailable, result.Error!.Code);
        Assert.NotNull(result.Outputs.Summary);
        var catalan = Assert.Single(result.Outputs.Translations!, t => t.Target == LanguageTag.Catalan);
        Assert.Equal(DocumentStatus.Skipped, catalan.Status);
        Assert.Equal(Documents.Catalan, await Results.ReadTextAsync("test-job/ca.txt.ca.txt", Token));
        var index = (await Results.ReadTextAsync("test-job/index.jsonl", Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, index.Length);
    }

    [Fact]
    public async Task RunAsync_JsonlFile_WritesOneResultPerRecord()
    {
        _input.WriteFile("requests.jsonl",
            $"{{\"id\":\"r1\",\"text\":\"{Documents.Spanish}\"}}\n{{\"id\":\"r2\",\"text\":\"{Documents.Basque}\"}}\nnot json\n");

        var manifest = await _host.Runner().RunAsync(Request(), Source, Results, cancellationToken: Token);

        Assert.Equal(2, manifest.Counts.Succeeded);
        Assert.Equal(1, manifest.Counts.Failed);
        Assert.Equal(LanguageTag.Basque, (await Read("requests.jsonl/r2")).Language!.Language);
    }

    [Fact]
    public async Task RunAsync_IgnoresHiddenAndUnderscoreFiles()
    {
        _input.WriteFile("a.txt", Documents.Spanish);
        _input.WriteFile("_job.json", "{}");
        _input.WriteFile(".hidden/b.txt", Documents.Spanish);

        var manifest = await _host.Runner().RunAsync(Request(), Source, Results, cancellationToken: Token);

        Assert.Equal(1, manifest.Counts.Total);
    }

    [Fact]
    public async Task RunAsync_InvalidRequest_ThrowsNamingTheFieldAndWritesNothing()
    {
        _input.WriteFile("a.txt", Documents.Spanish);
        var request = Request(new JobTasks { Classify = new ClassifyTask { Labels = ["only-one"] } });

        var exception = await Assert.ThrowsAsync<JobRequestValidationException>(() => _host.Runner().RunAsync(request, Source, Results, cancellationToken: Token));

        Assert.Equal("/tasks/classify/labels", exception.Field);
        Assert.Empty(Directory.GetFileSystemEntries(_output.Path));
    }

    private async Task<DocumentResult> Read(string document) =>
        await Results.ReadJsonOrDefaultAsync<DocumentResult>($"test-job/{document}.json", Token)
        ?? throw new InvalidOperationException($"No result for {document}.");

    public void Dispose()
    {
        _host.Dispose();
        _input.Dispose();
        _output.Dispose();
    }

    private sealed class CancelAfter(int documents, CancellationTokenSource cancellation) : IProgress<Jobs.JobProgress>
    {
        public void Report(Jobs.JobProgress value)
        {
            if (value.Done >= documents)
            {
                cancellation.Cancel();
            }
        }
    }
}
