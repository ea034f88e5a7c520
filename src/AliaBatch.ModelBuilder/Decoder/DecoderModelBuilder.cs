using System.Text.Json.Nodes;
using AliaBatch.ModelBuilder.Graph;
using AliaBatch.ModelBuilder.Tokenizers;
using Google.Protobuf;

namespace AliaBatch.ModelBuilder.Decoder;

/// <summary>
/// Writes a Llama-architecture decoder with seeded random weights in the Optimum
/// <c>text-generation-with-past</c> layout: <c>model.onnx</c> (+ <c>model.onnx_data</c> when the weights exceed
/// 1.5 GiB), <c>config.json</c>, <c>generation_config.json</c>, <c>tokenizer.json</c> and <c>tokenizer_config.json</c>.
/// </summary>
public static class DecoderModelBuilder
{
    /// <summary>Weights larger than this go to <c>model.onnx_data</c> (protobuf files cannot exceed 2 GB).</summary>
    public const long ExternalDataThresholdBytes = 1536L * 1024 * 1024;

    /// <summary>Builds the model described by <paramref name="spec"/> into <paramref name="outputFolder"/> (created if missing).</summary>
    public static GeneratedModel Build(DecoderSpec spec, string outputFolder, int seed) =>
        Build(spec, outputFolder, seed, ExternalDataThresholdBytes);

    internal static GeneratedModel Build(DecoderSpec spec, string outputFolder, int seed, long externalDataThresholdBytes)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        spec.Validate();
        Directory.CreateDirectory(outputFolder);

        var modelPath = Path.Combine(outputFolder, "model.onnx");
        var dataPath = spec.WeightBytes > externalDataThresholdBytes ? modelPath + "_data" : null;
        using (var store = new TensorStore(dataPath))
        {
            var model = DecoderGraph.Build(spec, seed, store);
            using var stream = File.Create(modelPath);
            model.WriteTo(stream);
        }

        var files = new List<string> { modelPath };
        if (dataPath is not null)
        {
            files.Add(dataPath);
        }

        files.Add(JsonFiles.Write(outputFolder, "config.json", Config(spec)));
        files.Add(JsonFiles.Write(outputFolder, "generation_config.json", GenerationConfig()));
        files.Add(JsonFiles.Write(outputFolder, "tokenizer.json", LlamaTokenizerFiles.TokenizerJson(spec.VocabSize)));
        files.Add(JsonFiles.Write(outputFolder, "tokenizer_config.json", LlamaTokenizerFiles.TokenizerConfig(spec.MaxPositionEmbeddings)));
        return new GeneratedModel(outputFolder, modelPath, files);
    }

    private static JsonObject Config(DecoderSpec spec) => new()
    {
        ["architectures"] = new JsonArray("LlamaForCausalLM"),
        ["model_type"] = "llama",
        ["vocab_size"] = spec.VocabSize,
        ["hidden_size"] = spec.HiddenSize,
        ["intermediate_size"] = spec.IntermediateSize,
        ["num_hidden_layers"] = spec.NumHiddenLayers,
        ["num_attention_heads"] = spec.NumAttentionHeads,
        ["num_key_value_heads"] = spec.NumKeyValueHeads,
        ["head_dim"] = spec.HeadDim,
        ["hidden_act"] = "silu",
        ["max_position_embeddings"] = spec.MaxPositionEmbeddings,
        ["rms_norm_eps"] = spec.RmsNormEps,
        ["rope_theta"] = spec.RopeTheta,
        ["rope_scaling"] = null,
        ["attention_bias"] = false,
        ["tie_word_embeddings"] = false,
        ["bos_token_id"] = 1,
        ["eos_token_id"] = 2,
        ["use_cache"] = true,
        ["torch_dtype"] = spec.Precision == ModelPrecision.Fp16 ? "float16" : "float32",
    };

    private static JsonObject GenerationConfig() => new()
    {
        ["bos_token_id"] = 1,
        ["eos_token_id"] = new JsonArray(2, 5),
        ["pad_token_id"] = 0,
        ["do_sample"] = false,
    };
}
