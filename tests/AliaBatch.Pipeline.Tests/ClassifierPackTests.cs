using AliaBatch.Core.Errors;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Inference.Packs;
using AliaBatch.ModelBuilder.Encoder;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Pipeline.Tests;

/// <summary>The classify task with an encoder-classifier model pack built from a generated Optimum-style export.</summary>
public sealed class ClassifierPackTests : IDisposable
{
    private readonly TemporaryFolder _work = new("classifier-pack");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_RequestNamesAnEncoderPack_ClassifiesWithItsLabels()
    {
        using var host = await HostWithPackAsync();
        var manifest = await host.Runner().RunAsync(Request(["negative", "neutral", "positive"]), Source(), Results(), cancellationToken: Token);

        Assert.Equal(JobStatus.Succeeded, manifest.Status);
        var result = (await Results().ReadJsonOrDefaultAsync<DocumentResult>("pack-job/a.txt.json", Token))!;
        var classification = result.Outputs.Classification!;
        Assert.Single(classification.Labels);
        Assert.Equal(3, classification.Scores.Count);
        Assert.Equal(1.0, classification.Scores.Sum(s => s.Score), 3);
        var stage = Assert.Single(result.Provenance, p => p.Stage == "classify");
        Assert.Equal("tiny-sentiment@1", stage.Model);
        Assert.Equal(64, stage.ModelSha256!.Length);
    }

    [Fact]
    public async Task RunAsync_PackLabelsDifferFromRequest_FailsTheDocumentNamingBoth()
    {
        using var host = await HostWithPackAsync();

        await host.Runner().RunAsync(Request(["taxes", "health"]), Source(), Results(), cancellationToken: Token);

        var result = (await Results().ReadJsonOrDefaultAsync<DocumentResult>("pack-job/a.txt.json", Token))!;
        Assert.Equal(ErrorCodes.ModelUnavailable, result.Error!.Code);
        Assert.Contains("negative, neutral, positive", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TamperedPack_IsRefusedNamingTheFile()
    {
        using var host = await HostWithPackAsync();
        var model = Path.Combine(_work.Combine("packs", "tiny-sentiment"), "model.onnx");
        var bytes = await File.ReadAllBytesAsync(model, Token);
        bytes[^10] ^= 0xFF;
        await File.WriteAllBytesAsync(model, bytes, Token);

        await host.Runner().RunAsync(Request(["negative", "neutral", "positive"]), Source(), Results(), cancellationToken: Token);

        var result = (await Results().ReadJsonOrDefaultAsync<DocumentResult>("pack-job/a.txt.json", Token))!;
        Assert.Equal(ErrorCodes.ModelUnavailable, result.Error!.Code);
        Assert.Contains("model.onnx", result.Error.Message, StringComparison.Ordinal);
    }

    private async Task<Microsoft.Extensions.Hosting.IHost> HostWithPackAsync()
    {
        EncoderModelBuilder.Build(new EncoderSpec(), _work.Combine("export"), seed: 11);
        await ModelPackImporter.ImportAsync(_work.Combine("export"), _work.Combine("packs"), new ModelPackImportOptions { Id = "tiny-sentiment", Version = "1" }, Token);
        _work.WriteFile("input/a.txt", "The new bus line is excellent and the service works very well.");
        return PipelineHost.Create(new Dictionary<string, string?> { ["AliaBatch:Models:Directory"] = _work.Combine("packs") });
    }

    private JobRequest Request(IReadOnlyList<string> labels) => new()
    {
        JobId = "pack-job",
        Source = new JobSource { Kind = SourceKind.Local, Path = _work.Combine("input") },
        Tasks = new JobTasks { Classify = new ClassifyTask { Labels = labels, Model = "tiny-sentiment" } },
        Options = new JobOptions { Overwrite = OverwritePolicy.Overwrite },
    };

    private IObjectStore Source() => new FileSystemObjectStore(_work.Combine("input"));

    private IObjectStore Results() => new FileSystemObjectStore(_work.Combine("out"));

    public void Dispose() => _work.Dispose();
}
