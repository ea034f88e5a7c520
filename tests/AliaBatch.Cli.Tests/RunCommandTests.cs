using System.Text.Json;
using AliaBatch.Core.Results;
using AliaBatch.Core.Serialization;
using AliaBatch.Core.Storage;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Xunit;

[assembly: AssemblyFixture(typeof(AzuriteFixture))]

namespace AliaBatch.Cli.Tests;

public sealed class RunCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TemporaryFolder _work = new("cli");

    private static string Inbox => RepositoryPaths.InRepository("samples", "inbox");

    [Fact]
    public async Task Run_SampleInbox_WritesResultsTreeAndExitsZero()
    {
        var result = await CliProcess.RunAsync(_work.Path, "run", Inbox, "--out", "out", "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.StandardError);
        var summary = JsonDocument.Parse(result.StandardOutput).RootElement;
        var jobFolder = summary.GetProperty("results").GetString()!;
        var manifest = JsonSerializer.Deserialize<JobManifest>(File.ReadAllText(Path.Combine(jobFolder, "_job.json")), AliaBatchJson.Compact)!;
        Assert.Equal(JobStatus.Succeeded, manifest.Status);
        var sources = Directory.GetFiles(Inbox).Select(Path.GetFileName).ToList();
        foreach (var source in sources.Where(s => !s!.EndsWith(".jsonl", StringComparison.Ordinal)))
        {
            var document = JsonSerializer.Deserialize<DocumentResult>(File.ReadAllText(Path.Combine(jobFolder, source + ".json")), AliaBatchJson.Compact)!;
            Assert.Equal(DocumentStatus.Succeeded, document.Status);
            Assert.False(document.Language!.Language.IsUndetermined, $"{source} has no detected language");
            Assert.NotNull(document.Outputs.Summary);
        }

        var index = File.ReadAllLines(Path.Combine(jobFolder, "index.jsonl"));
        Assert.Equal(manifest.Counts.Total, index.Length);
    }

    [Fact]
    public async Task Run_SameJobTwice_SecondRunProcessesNothing()
    {
        var input = CopyInbox();

        await CliProcess.RunAsync(_work.Path, "run", input, "--out", "out", "--job-id", "twice");
        var second = await CliProcess.RunAsync(_work.Path, "run", input, "--out", "out", "--job-id", "twice", "--json");

        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Equal(0, JsonDocument.Parse(second.StandardOutput).RootElement.GetProperty("processedThisRun").GetInt32());
        Assert.Equal(Directory.GetFiles(input).Length + 2, File.ReadAllLines(_work.Combine("out", "twice", "index.jsonl")).Length);
    }

    [Fact]
    public async Task Run_UnreadableDocument_ExitsCompletedWithErrorsAndRecordsIt()
    {
        var input = CopyInbox();
        File.WriteAllBytes(Path.Combine(input, "broken.pdf"), "%PDF-1.7\n1 0 obj <<"u8.ToArray());

        var result = await CliProcess.RunAsync(_work.Path, "run", input, "--out", "out", "--job-id", "bad");

        Assert.Equal(ExitCodes.CompletedWithErrors, result.ExitCode);
        var broken = JsonSerializer.Deserialize<DocumentResult>(File.ReadAllText(_work.Combine("out", "bad", "broken.pdf.json")), AliaBatchJson.Compact)!;
        Assert.Equal(DocumentStatus.Failed, broken.Status);
        Assert.StartsWith("document.", broken.Error!.Code, StringComparison.Ordinal);
        Assert.Contains("CompletedWithErrors", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingInput_ExitsInputNotFoundAndWritesNothing()
    {
        var result = await CliProcess.RunAsync(_work.Path, "run", "no-such-folder", "--out", "out");

        Assert.Equal(ExitCodes.InputNotFound, result.ExitCode);
        Assert.Contains("no-such-folder", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_work.Combine("out")));
    }

    [Fact]
    public async Task Run_OutputUnderAFile_ExitsOutputNotWritableAndWritesNothing()
    {
        _work.WriteFile("occupied", "a file, not a folder");

        var result = await CliProcess.RunAsync(_work.Path, "run", Inbox, "--out", "occupied/results");

        Assert.Equal(ExitCodes.OutputNotWritable, result.ExitCode);
        Assert.Contains("occupied", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(["occupied"], Directory.GetFileSystemEntries(_work.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Run_InvalidTargetLanguage_ExitsInvalidRequestNamingTheField()
    {
        var result = await CliProcess.RunAsync(_work.Path, "run", Inbox, "--out", "out", "--tasks", "translate", "--targets", "catalan!");

        Assert.Equal(ExitCodes.InvalidRequest, result.ExitCode);
        Assert.Contains("/tasks/translate/targets", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_work.Combine("out")));
    }

    [Fact]
    public async Task Run_RequestFileWithInvalidField_ExitsInvalidRequestNamingTheField()
    {
        _work.WriteFile("request.json", """
            {"schemaVersion":"1.0","source":{"kind":"local","path":"."},"tasks":{"summarize":{"maxSentences":0}}}
            """);

        var result = await CliProcess.RunAsync(_work.Path, "run", Inbox, "--out", "out", "--request", "request.json");

        Assert.Equal(ExitCodes.InvalidRequest, result.ExitCode);
        Assert.Contains("/tasks/summarize/maxSentences", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_work.Combine("out")));
    }

    [Fact]
    public async Task Run_BlobContainers_ReadsAPrefixAndWritesResultsToAContainer()
    {
        var options = new StorageOptions { ConnectionString = azurite.ConnectionString };
        var incoming = ObjectStores.ForContainer(options, "incoming");
        foreach (var file in Directory.GetFiles(Inbox))
        {
            await incoming.WriteAsync($"agency1/drop7/{Path.GetFileName(file)}", async (stream, ct) =>
            {
                await using var source = File.OpenRead(file);
                await source.CopyToAsync(stream, ct);
            }, cancellationToken: TestContext.Current.CancellationToken);
        }

        var result = await CliProcess.RunAsync(_work.Path, "run", "incoming/agency1/drop7", "--out", "results",
            "--blob-connection", azurite.ConnectionString, "--job-id", "drop7", "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.StandardError);
        var results = ObjectStores.ForContainer(options, "results");
        var manifest = await results.ReadJsonOrDefaultAsync<JobManifest>("drop7/_job.json", TestContext.Current.CancellationToken);
        Assert.Equal(JobStatus.Succeeded, manifest!.Status);
        Assert.Equal("incoming", manifest.Request.Source.Container);
        Assert.NotNull(await results.GetInfoAsync("drop7/udal-iragarkia.txt.json", TestContext.Current.CancellationToken));
        Assert.False(Directory.Exists(_work.Combine("results")));
    }

    [Fact]
    public async Task Run_RequireGpuWithoutAGpu_FailsClearlyBeforeWritingAnything()
    {
        var result = await CliProcess.RunAsync(_work.Path, "run", Inbox, "--out", "out", "--require-gpu");

        Assert.Equal(ExitCodes.Failed, result.ExitCode);
        Assert.Contains("A GPU is required", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_work.Combine("out")));
    }

    [Fact]
    public async Task Run_AutoProviderWithoutAGpu_FallsBackToCpuWithAWarning()
    {
        var result = await CliProcess.RunAsync(_work.Path, "run", Inbox, "--out", "out", "--tasks", "classify", "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("falling back to the CPU", result.StandardError, StringComparison.Ordinal);
        if (!File.Exists("/proc/driver/nvidia/version"))
        {
            // Without a driver, CUDA is not tried at all: ONNX Runtime's own failure would print its error line.
            Assert.Contains("no NVIDIA driver", result.StandardError, StringComparison.Ordinal);
            Assert.DoesNotContain("[E:onnxruntime", result.StandardError, StringComparison.Ordinal);
        }
    }

    private string CopyInbox()
    {
        var input = _work.Combine("inbox");
        Directory.CreateDirectory(input);
        foreach (var file in Directory.GetFiles(Inbox))
        {
            File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        }

        return input;
    }

    public void Dispose() => _work.Dispose();
}
