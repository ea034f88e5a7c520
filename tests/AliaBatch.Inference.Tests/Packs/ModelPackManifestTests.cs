using System.Text.Json.Nodes;
using AliaBatch.Core.Languages;
using AliaBatch.Inference.Packs;
using Xunit;

namespace AliaBatch.Inference.Tests.Packs;

public sealed class ModelPackManifestTests
{
    private static readonly ModelPackManifest s_valid = new()
    {
        Id = "salamandra-ta-7b-instruct",
        Family = "salamandra-ta",
        Version = "1",
        Tasks = [ModelPackTask.Translate],
        Languages = [LanguageTag.Spanish, LanguageTag.Catalan],
        Format = ModelPackFormat.OnnxDecoder,
        Model = "model.onnx",
        Files = [new("model.onnx", new string('a', 64), 10), new("tokenizer.json", new string('b', 64), 5)],
        Tokenizer = new ModelPackTokenizer(TokenizerKind.HfBpe, ["tokenizer.json"]),
        PromptTemplate = "salamandra-ta-instruct/1",
        Generation = new ModelPackGeneration { EosTokenIds = [2, 5], NumBeams = 5, MaxNewTokens = 400 },
    };

    [Fact]
    public void Parse_WrittenManifest_RoundTrips()
    {
        var json = s_valid.ToJson();

        var parsed = ModelPackManifest.Parse(json);

        Assert.Equal(json, parsed.ToJson());
        Assert.Contains("\"format\": \"onnx-decoder\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"hf-bpe\"", json, StringComparison.Ordinal);
        Assert.Contains("\"translate\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("format", "\"onnx-seq2seq\"", "/format")]
    [InlineData("languages", "[\"es\", \"not a tag\"]", "/languages/1")]
    [InlineData("id", "\"Has Spaces\"", "/id")]
    [InlineData("tasks", "[\"dance\"]", "/tasks/0")]
    [InlineData("files", "[{\"path\": \"../escape.onnx\", \"sha256\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"size\": 1}]", "/files/0/path")]
    public void Parse_InvalidField_NamesTheField(string field, string value, string expectedField)
    {
        var json = JsonNode.Parse(s_valid.ToJson())!.AsObject();
        json[field] = JsonNode.Parse(value);

        var error = Assert.Throws<ModelPackException>(() => ModelPackManifest.Parse(json.ToJsonString(), "packs/x/model.json"));

        Assert.Contains($"'{expectedField}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("packs/x/model.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingRequiredField_NamesIt()
    {
        var json = JsonNode.Parse(s_valid.ToJson())!.AsObject();
        json.Remove("tokenizer");

        var error = Assert.Throws<ModelPackException>(() => ModelPackManifest.Parse(json.ToJsonString()));

        Assert.Contains("tokenizer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ClassifierWithoutLabels_IsRefused()
    {
        var json = JsonNode.Parse((s_valid with { Format = ModelPackFormat.OnnxEncoderClassifier }).ToJson())!.AsObject();

        var error = Assert.Throws<ModelPackException>(() => ModelPackManifest.Parse(json.ToJsonString()));

        Assert.Contains("labels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ModelNotListedInFiles_NamesTheField()
    {
        var json = (s_valid with { Model = "decoder_model_merged.onnx" }).ToJson();

        var error = Assert.Throws<ModelPackException>(() => ModelPackManifest.Parse(json));

        Assert.Contains("'/model'", error.Message, StringComparison.Ordinal);
        Assert.Contains("decoder_model_merged.onnx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Handles_RegionalForm_MatchesItsLanguage()
    {
        var manifest = s_valid with { Languages = [LanguageTag.Catalan] };

        Assert.True(manifest.Handles(LanguageTag.Valencian));
        Assert.False(manifest.Handles(LanguageTag.Basque));
        Assert.True(manifest.Serves(ModelPackTask.Translate));
        Assert.False(manifest.Serves(ModelPackTask.Embed));
    }
}
