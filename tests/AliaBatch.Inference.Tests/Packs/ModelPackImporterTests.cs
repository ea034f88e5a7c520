using System.Security.Cryptography;
using AliaBatch.Core.Languages;
using AliaBatch.Inference.Packs;
using AliaBatch.ModelBuilder.Encoder;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Inference.Tests.Packs;

public sealed class ModelPackImporterTests : IDisposable
{
    private readonly TemporaryFolder _work = new("pack-import");

    [Fact]
    public async Task ImportAsync_EncoderClassifierExport_ReadsFormatLabelsAndHashesEveryFile()
    {
        var export = PackExports.Encoder(_work.Path);

        var pack = await ModelPackImporter.ImportAsync(export, _work.Combine("packs"), cancellationToken: TestContext.Current.CancellationToken);

        var manifest = pack.Manifest;
        Assert.Equal("roberta-ca-topics", manifest.Id);
        Assert.Equal(_work.Combine("packs", "roberta-ca-topics"), pack.Folder);
        Assert.Equal(ModelPackFormat.OnnxEncoderClassifier, manifest.Format);
        Assert.Equal(PackExports.TopicLabels, manifest.Labels);
        Assert.Equal([ModelPackTask.Classify], manifest.Tasks);
        Assert.Equal(TokenizerKind.WordPiece, manifest.Tokenizer.Kind);
        Assert.Equal(["vocab.txt", "tokenizer_config.json"], manifest.Tokenizer.Files);
        Assert.Equal("float32", manifest.Dtype);
        Assert.Equal(128, manifest.ContextLength);
        Assert.Equal("bert", manifest.ModelType);
        Assert.Equal("roberta", manifest.Family);
        Assert.Null(manifest.Generation);
        Assert.Equal(["config.json", "model.onnx", "tokenizer_config.json", "vocab.txt"], manifest.Files.Select(f => f.Path));
        foreach (var file in manifest.Files)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(export, file.Path), TestContext.Current.CancellationToken);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256);
            Assert.Equal(bytes.Length, file.Size);
            Assert.True(File.Exists(pack.GetFullPath(file.Path)));
        }
    }

    [Fact]
    public async Task ImportAsync_DecoderExport_ReadsEosIdsTokenizerAndPromptTemplate()
    {
        var export = PackExports.Decoder(_work.Path);

        var pack = await ModelPackImporter.ImportAsync(export, _work.Combine("packs"), cancellationToken: TestContext.Current.CancellationToken);

        var manifest = pack.Manifest;
        Assert.Equal(ModelPackFormat.OnnxDecoder, manifest.Format);
        Assert.Equal("salamandra", manifest.Family);
        Assert.Equal([2, 5], manifest.Generation!.EosTokenIds);
        Assert.Equal(1, manifest.Generation.BosTokenId);
        Assert.Equal(0, manifest.Generation.PadTokenId);
        Assert.False(manifest.Generation.DoSample);
        Assert.Equal(TokenizerKind.HfBpe, manifest.Tokenizer.Kind);
        Assert.Equal("tokenizer.json", manifest.Tokenizer.Files[0]);
        Assert.Equal("chatml/1", manifest.PromptTemplate);
        Assert.Equal([ModelPackTask.Summarize, ModelPackTask.Classify], manifest.Tasks);
        Assert.Equal(128, manifest.ContextLength);
        Assert.Null(manifest.Labels);
        Assert.Contains(manifest.Files, f => f.Path == "generation_config.json");
    }

    [Fact]
    public async Task ImportAsync_FeatureExtractionExport_IsAnEmbeddingPack()
    {
        var export = PackExports.Encoder(_work.Path, "minilm-tiny", EncoderHead.FeatureExtraction);

        var pack = await ModelPackImporter.ImportAsync(export, _work.Combine("packs"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ModelPackFormat.OnnxEncoderEmbedding, pack.Manifest.Format);
        Assert.Equal("minilm", pack.Manifest.Family);
        Assert.Equal([ModelPackTask.Embed], pack.Manifest.Tasks);
        Assert.Null(pack.Manifest.Labels);
    }

    [Fact]
    public async Task ImportAsync_Options_OverrideIdFamilyTasksLanguagesAndLicence()
    {
        var export = PackExports.Decoder(_work.Path, "export");
        var options = new ModelPackImportOptions
        {
            Id = "salamandra-ta-tiny",
            Family = "salamandra-ta",
            Tasks = [ModelPackTask.Translate],
            Languages = [LanguageTag.Catalan, LanguageTag.Aranese],
            Licence = "apache-2.0",
            SourceRepository = "BSC-LT/salamandraTA-7b-instruct",
            SourceRevision = "abc123",
        };

        var pack = await ModelPackImporter.ImportAsync(export, _work.Combine("packs"), options, TestContext.Current.CancellationToken);

        var reloaded = await ModelPack.OpenAsync(pack.Folder, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("salamandra-ta-tiny", reloaded.Manifest.Id);
        Assert.Equal([LanguageTag.Catalan, LanguageTag.Aranese], reloaded.Manifest.Languages);
        Assert.Equal("salamandra-ta-instruct/1", reloaded.Manifest.PromptTemplate);
        Assert.Equal("apache-2.0", reloaded.Manifest.Licence);
        Assert.Equal(new ModelPackSource("BSC-LT/salamandraTA-7b-instruct", "abc123"), reloaded.Manifest.Source);
        Assert.Equal("abc123", reloaded.Manifest.Version);
    }

    [Fact]
    public async Task ImportAsync_LegacyMergedDecoderWithExternalData_TakesOnlyTheMergedGraphAndItsData()
    {
        var export = PackExports.Decoder(_work.Path, "legacy");
        File.Move(Path.Combine(export, "model.onnx"), Path.Combine(export, "decoder_model_merged.onnx"));
        File.Copy(Path.Combine(export, "decoder_model_merged.onnx"), Path.Combine(export, "decoder_model.onnx"));
        _work.WriteFile("legacy/decoder_model_merged.onnx_data", [1, 2, 3]);
        _work.WriteFile("legacy/decoder_model.onnx_data", [4, 5, 6]);

        var pack = await ModelPackImporter.ImportAsync(export, _work.Combine("packs"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("decoder_model_merged.onnx", pack.Manifest.Model);
        Assert.Contains(pack.Manifest.Files, f => f.Path == "decoder_model_merged.onnx_data" && f.Size == 3);
        Assert.DoesNotContain(pack.Manifest.Files, f => f.Path.StartsWith("decoder_model.onnx", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_CorruptOnnx_IsRefusedNamingTheFile()
    {
        var export = PackExports.Encoder(_work.Path);
        await File.WriteAllBytesAsync(Path.Combine(export, "model.onnx"), [0x08, 0x07, 0xFF, 0xFF, 0x00, 0x12], TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<ModelPackException>(() =>
            ModelPackImporter.ImportAsync(export, _work.Combine("packs"), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("model.onnx", error.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(export, "model.onnx"), error.File);
        Assert.False(Directory.Exists(_work.Combine("packs", "roberta-ca-topics")));
    }

    [Fact]
    public async Task ImportAsync_Id2LabelWidthDiffersFromLogits_IsRefusedNamingConfig()
    {
        var export = PackExports.Encoder(_work.Path);
        var config = Path.Combine(export, "config.json");
        var text = await File.ReadAllTextAsync(config, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(config, text.Replace("\"2\": \"transport\"", "\"2\": \"transport\", \"3\": \"culture\"", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<ModelPackException>(() =>
            ModelPackImporter.ImportAsync(export, _work.Combine("packs"), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("id2label", error.Message, StringComparison.Ordinal);
        Assert.Equal(config, error.File);
    }

    [Fact]
    public async Task ImportAsync_PackExists_IsRefusedUnlessOverwrite()
    {
        var export = PackExports.Encoder(_work.Path);
        var packs = _work.Combine("packs");
        await ModelPackImporter.ImportAsync(export, packs, cancellationToken: TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<ModelPackException>(() => ModelPackImporter.ImportAsync(export, packs, cancellationToken: TestContext.Current.CancellationToken));
        var again = await ModelPackImporter.ImportAsync(export, packs, new ModelPackImportOptions { Overwrite = true }, TestContext.Current.CancellationToken);

        Assert.True((await again.VerifyAsync(cancellationToken: TestContext.Current.CancellationToken)).IsValid);
        Assert.Equal(["roberta-ca-topics"], Directory.GetDirectories(packs).Select(Path.GetFileName));
    }

    public void Dispose() => _work.Dispose();
}
