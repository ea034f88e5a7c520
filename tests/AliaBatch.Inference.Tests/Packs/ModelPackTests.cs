using System.Security.Cryptography;
using AliaBatch.Inference.Packs;
using AliaBatch.Inference.Tokenization;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Inference.Tests.Packs;

public sealed class ModelPackTests : IDisposable
{
    private readonly TemporaryFolder _work = new("pack-verify");

    [Fact]
    public async Task VerifyAsync_IntactPack_IsValidAndLoads()
    {
        var pack = await ImportEncoderAsync();

        var verification = await pack.VerifyAsync(loadOnnx: true, TestContext.Current.CancellationToken);

        Assert.True(verification.IsValid);
        Assert.Equal(4, verification.FilesChecked);
    }

    [Fact]
    public async Task VerifyAsync_FlippedByte_NamesTheFileAndBothHashes()
    {
        var pack = await ImportEncoderAsync();
        var path = pack.GetFullPath("model.onnx");
        var expected = pack.Manifest.FindFile("model.onnx")!.Sha256;
        PackExports.FlipByte(path, 1000);
        var actual = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken)));

        var verification = await pack.VerifyAsync(cancellationToken: TestContext.Current.CancellationToken);

        var problem = Assert.Single(verification.Problems);
        Assert.Equal("model.onnx", problem.Path);
        Assert.Contains("'model.onnx'", problem.Message, StringComparison.Ordinal);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.Contains(actual, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_MissingFile_IsRefusedNamingTheFile()
    {
        var pack = await ImportEncoderAsync();
        File.Delete(pack.GetFullPath("vocab.txt"));

        var error = await Assert.ThrowsAsync<ModelPackException>(() => ModelPack.OpenAsync(pack.Folder, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("vocab.txt", error.File);
        Assert.Contains("'vocab.txt'", error.Message, StringComparison.Ordinal);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_CorruptOnnxWithMatchingHash_NamesTheOnnxFile()
    {
        var pack = await ImportEncoderAsync();
        var path = pack.GetFullPath("model.onnx");
        byte[] garbage = [0x08, 0x07, 0xFF, 0xFF, 0xFF, 0x12, 0x00];
        await File.WriteAllBytesAsync(path, garbage, TestContext.Current.CancellationToken);
        var rehashed = pack.Manifest with
        {
            Files = [.. pack.Manifest.Files.Select(f => f.Path == "model.onnx" ? f with { Sha256 = Convert.ToHexStringLower(SHA256.HashData(garbage)), Size = garbage.Length } : f)],
        };
        await File.WriteAllTextAsync(Path.Combine(pack.Folder, ModelPackManifest.FileName), rehashed.ToJson(), TestContext.Current.CancellationToken);
        var reopened = await ModelPack.OpenAsync(pack.Folder, cancellationToken: TestContext.Current.CancellationToken);

        var verification = await reopened.VerifyAsync(loadOnnx: true, TestContext.Current.CancellationToken);

        var problem = Assert.Single(verification.Problems);
        Assert.Equal("model.onnx", problem.Path);
        Assert.Contains("corrupt", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_NoManifest_IsRefusedNamingModelJson()
    {
        var error = await Assert.ThrowsAsync<ModelPackException>(() => ModelPack.OpenAsync(_work.Path, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains(ModelPackManifest.FileName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateTokenizer_DecoderPack_LoadsTheHuggingFaceTokenizer()
    {
        var pack = await ModelPackImporter.ImportAsync(PackExports.Decoder(_work.Path), _work.Combine("packs"), cancellationToken: TestContext.Current.CancellationToken);

        var tokenizer = pack.CreateTokenizer();

        Assert.IsType<HuggingFaceBpeTokenizer>(tokenizer);
        Assert.Equal(2, tokenizer.EosId);
    }

    private Task<ModelPack> ImportEncoderAsync() =>
        ModelPackImporter.ImportAsync(PackExports.Encoder(_work.Path), _work.Combine("packs"), cancellationToken: TestContext.Current.CancellationToken);

    public void Dispose() => _work.Dispose();
}
