using System.Text.Json.Nodes;
using AliaBatch.ModelBuilder.Graph;
using AliaBatch.ModelBuilder.Tokenizers;
using Google.Protobuf;

namespace AliaBatch.ModelBuilder.Encoder;

/// <summary>
/// Writes a tiny BERT-style encoder with seeded random weights in the Optimum ONNX export layout:
/// <c>model.onnx</c>, <c>config.json</c>, <c>vocab.txt</c> and <c>tokenizer_config.json</c>.
/// </summary>
public static class EncoderModelBuilder
{
    /// <summary>
    /// Builds the model described by <paramref name="spec"/> into <paramref name="outputFolder"/> (created if missing).
    /// The same <paramref name="seed"/> always yields byte-identical weights.
    /// </summary>
    public static GeneratedModel Build(EncoderSpec spec, string outputFolder, int seed)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        spec.Validate();
        Directory.CreateDirectory(outputFolder);

        var modelPath = Path.Combine(outputFolder, "model.onnx");
        using (var store = new TensorStore(externalDataPath: null))
        {
            var model = EncoderGraph.Build(spec, seed, store);
            using var stream = File.Create(modelPath);
            model.WriteTo(stream);
        }

        var vocabPath = Path.Combine(outputFolder, "vocab.txt");
        WordPieceVocabulary.Write(vocabPath, spec.VocabSize);
        string[] files =
        [
            modelPath,
            JsonFiles.Write(outputFolder, "config.json", Config(spec)),
            vocabPath,
            JsonFiles.Write(outputFolder, "tokenizer_config.json", TokenizerConfig(spec)),
        ];
        return new GeneratedModel(outputFolder, modelPath, files);
    }

    private static JsonObject Config(EncoderSpec spec)
    {
        var id2Label = new JsonObject();
        var label2Id = new JsonObject();
        for (var i = 0; i < spec.Labels.Count; i++)
        {
            id2Label[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = spec.Labels[i];
            label2Id[spec.Labels[i]] = i;
        }

        var architecture = spec.Head == EncoderHead.SequenceClassification ? "BertForSequenceClassification" : "BertModel";
        return new JsonObject
        {
            ["architectures"] = new JsonArray(architecture),
            ["model_type"] = "bert",
            ["vocab_size"] = spec.VocabSize,
            ["hidden_size"] = spec.HiddenSize,
            ["num_hidden_layers"] = spec.NumHiddenLayers,
            ["num_attention_heads"] = spec.NumAttentionHeads,
            ["intermediate_size"] = spec.IntermediateSize,
            ["hidden_act"] = "gelu",
            ["max_position_embeddings"] = spec.MaxPositionEmbeddings,
            ["type_vocab_size"] = spec.UseTokenTypeIds ? 2 : 1,
            ["layer_norm_eps"] = spec.LayerNormEpsilon,
            ["pad_token_id"] = 0,
            ["position_embedding_type"] = "absolute",
            ["id2label"] = id2Label,
            ["label2id"] = label2Id,
            ["torch_dtype"] = spec.Precision == ModelPrecision.Fp16 ? "float16" : "float32",
        };
    }

    private static JsonObject TokenizerConfig(EncoderSpec spec) => new()
    {
        ["tokenizer_class"] = "BertTokenizer",
        ["do_lower_case"] = true,
        ["strip_accents"] = false,
        ["tokenize_chinese_chars"] = true,
        ["model_max_length"] = spec.MaxPositionEmbeddings,
        ["pad_token"] = "[PAD]",
        ["unk_token"] = "[UNK]",
        ["cls_token"] = "[CLS]",
        ["sep_token"] = "[SEP]",
        ["mask_token"] = "[MASK]",
        ["model_input_names"] = spec.UseTokenTypeIds
            ? new JsonArray("input_ids", "token_type_ids", "attention_mask")
            : new JsonArray("input_ids", "attention_mask"),
    };
}
