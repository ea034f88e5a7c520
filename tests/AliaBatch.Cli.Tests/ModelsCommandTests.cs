using System.Text.Json;
using AliaBatch.Inference.Packs;
using AliaBatch.ModelBuilder.Encoder;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Cli.Tests;

public sealed class ModelsCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TemporaryFolder _work = new("cli-models");

    [Fact]
    public async Task ImportListShowVerify_GeneratedEncoderExport_EndToEnd()
    {
        var export = BuildEncoderExport();

        var import = await CliProcess.RunAsync(_work.Path, "models", "import", export, "--out", "packs", "--id", "topics-ca", "--tasks", "classify", "--languages", "ca,es", "--licence", "apache-2.0");
        var list = await CliProcess.RunAsync(_work.Path, "models", "list", "--packs", "packs", "--json");
        var show = await CliProcess.RunAsync(_work.Path, "models", "show", "topics-ca", "--packs", "packs", "--json");
        var verify = await CliProcess.RunAsync(_work.Path, "models", "verify", Path.Combine("packs", "topics-ca"));

        Assert.True(import.ExitCode == ExitCodes.Success, import.StandardError);
        Assert.Contains("topics-ca", import.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, list.ExitCode);
        var listed = Assert.Single(JsonDocument.Parse(list.StandardOutput).RootElement.EnumerateArray());
        Assert.Equal("topics-ca", listed.GetProperty("id").GetString());
        Assert.Equal("onnx-encoder-classifier", listed.GetProperty("format").GetString());
        Assert.Equal(ExitCodes.Success, show.ExitCode);
        var manifest = ModelPackManifest.Parse(show.StandardOutput);
        Assert.Equal(["negative", "neutral", "positive"], manifest.Labels);
        Assert.Equal("apache-2.0", manifest.Licence);
        Assert.Equal(["ca", "es"], manifest.Languages.Select(l => l.Value));
        Assert.True(verify.ExitCode == ExitCodes.Success, verify.StandardError);
        Assert.StartsWith("OK: 4 files", verify.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_FlippedByte_ExitsFailedNamingTheFile()
    {
        var pack = await ModelPackImporter.ImportAsync(BuildEncoderExport(), _work.Combine("packs"), cancellationToken: TestContext.Current.CancellationToken);
        var vocab = pack.GetFullPath("vocab.txt");
        var bytes = await File.ReadAllBytesAsync(vocab, TestContext.Current.CancellationToken);
        bytes[0] ^= 0x01;
        await File.WriteAllBytesAsync(vocab, bytes, TestContext.Current.CancellationToken);

        var result = await CliProcess.RunAsync(_work.Path, "models", "verify", pack.Folder, "--json");

        Assert.Equal(ExitCodes.Failed, result.ExitCode);
        Assert.Contains("'vocab.txt'", result.StandardError, StringComparison.Ordinal);
        var json = JsonDocument.Parse(result.StandardOutput).RootElement;
        Assert.False(json.GetProperty("valid").GetBoolean());
        Assert.Equal("vocab.txt", json.GetProperty("problems")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Import_MissingExportFolder_ExitsInputNotFound()
    {
        var result = await CliProcess.RunAsync(_work.Path, "models", "import", "no-such-export", "--out", "packs");

        Assert.Equal(ExitCodes.InputNotFound, result.ExitCode);
        Assert.Contains("no-such-export", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownTask_ExitsInvalidRequest()
    {
        var result = await CliProcess.RunAsync(_work.Path, "models", "import", BuildEncoderExport(), "--out", "packs", "--tasks", "dance");

        Assert.Equal(ExitCodes.InvalidRequest, result.ExitCode);
        Assert.Contains("dance", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAndVerify_Container_ReadsPacksUnderModelsPrefix()
    {
        var ct = TestContext.Current.CancellationToken;
        var pack = await ModelPackImporter.ImportAsync(BuildEncoderExport(), _work.Combine("packs"), cancellationToken: ct);
        var container = $"packs-{Guid.NewGuid():N}"[..24];
        await new ModelPackStore(ObjectStores.ForContainer(new StorageOptions { ConnectionString = azurite.ConnectionString }, container)).UploadAsync(pack, ct);

        var list = await CliProcess.RunAsync(_work.Path, "models", "list", "--container", container, "--blob-connection", azurite.ConnectionString, "--json");
        var verify = await CliProcess.RunAsync(_work.Path, "models", "verify", pack.Manifest.Id, "--container", container, "--blob-connection", azurite.ConnectionString, "--cache", "cache");

        Assert.True(list.ExitCode == ExitCodes.Success, list.StandardError);
        Assert.Equal(pack.Manifest.Id, Assert.Single(JsonDocument.Parse(list.StandardOutput).RootElement.EnumerateArray()).GetProperty("id").GetString());
        Assert.True(verify.ExitCode == ExitCodes.Success, verify.StandardError);
        Assert.True(File.Exists(_work.Combine("cache", pack.Manifest.Id, "model.onnx")));
    }

    private string BuildEncoderExport()
    {
        var folder = _work.Combine("export");
        if (!Directory.Exists(folder))
        {
            EncoderModelBuilder.Build(new EncoderSpec(), folder, seed: 3);
        }

        return folder;
    }

    public void Dispose() => _work.Dispose();
}
