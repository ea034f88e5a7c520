using System.Text.Json.Nodes;
using AliaBatch.Inference.Tokenization;

namespace AliaBatch.Inference.Packs;

internal sealed partial class ExportFolder
{
    private static readonly string[] s_tokenizerCompanions = ["tokenizer_config.json", "special_tokens_map.json"];

    /// <summary>
    /// Chooses the tokenizer as the pipeline will load it — <c>tokenizer.json</c> (BPE) first, for fidelity, then
    /// <c>tokenizer.model</c>, then <c>vocab.txt</c> — and loads it once, so an unsupported file fails the import, not a job.
    /// </summary>
    public ModelPackTokenizer DetectTokenizer()
    {
        var kind = ChooseTokenizer();
        var main = kind switch
        {
            TokenizerKind.HfBpe => "tokenizer.json",
            TokenizerKind.SentencePiece => "tokenizer.model",
            _ => "vocab.txt",
        };
        try
        {
            _ = kind switch
            {
                TokenizerKind.HfBpe => (ITextTokenizer)HuggingFaceBpeTokenizer.FromDirectory(Path),
                TokenizerKind.SentencePiece => SentencePieceModelTokenizer.FromFile(FullPath(main)),
                _ => WordPieceTextTokenizer.FromFile(FullPath(main)),
            };
        }
        catch (Exception exception) when (exception is InvalidDataException or NotSupportedException or IOException)
        {
            throw new ModelPackException($"Tokenizer file '{main}' in {Path} cannot be used: {exception.Message}", FullPath(main), exception);
        }

        return new ModelPackTokenizer(kind, [main, .. s_tokenizerCompanions.Where(Has)]);
    }

    private TokenizerKind ChooseTokenizer()
    {
        if (Has("tokenizer.json"))
        {
            var modelType = (JsonNode.Parse(File.ReadAllText(FullPath("tokenizer.json")))?["model"]?["type"])?.GetValue<string>();
            switch (modelType)
            {
                case "BPE":
                    return TokenizerKind.HfBpe;
                case "WordPiece" when Has("vocab.txt"):
                    return TokenizerKind.WordPiece;
                default:
                    break;
            }

            if (!Has("tokenizer.model"))
            {
                throw new ModelPackException(
                    $"Tokenizer file 'tokenizer.json' in {Path} has a '{modelType}' model; packs support BPE tokenizer.json, SentencePiece tokenizer.model and WordPiece vocab.txt.",
                    FullPath("tokenizer.json"));
            }
        }

        if (Has("tokenizer.model"))
        {
            return TokenizerKind.SentencePiece;
        }

        return Has("vocab.txt")
            ? TokenizerKind.WordPiece
            : throw new ModelPackException($"Export folder '{Path}' has no tokenizer (tokenizer.json, tokenizer.model or vocab.txt).", Path);
    }
}
