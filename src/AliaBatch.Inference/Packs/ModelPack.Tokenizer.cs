using AliaBatch.Inference.Tokenization;

namespace AliaBatch.Inference.Packs;

public sealed partial class ModelPack
{
    /// <summary>Loads the pack's tokenizer as its manifest describes it.</summary>
    public ITextTokenizer CreateTokenizer()
    {
        var main = GetFullPath(Manifest.Tokenizer.Files[0]);
        return Manifest.Tokenizer.Kind switch
        {
            TokenizerKind.HfBpe => HuggingFaceBpeTokenizer.FromFiles(main, Manifest.Tokenizer.Files.Contains("tokenizer_config.json") ? GetFullPath("tokenizer_config.json") : null),
            TokenizerKind.SentencePiece => SentencePieceModelTokenizer.FromFile(main),
            _ => WordPieceTextTokenizer.FromFile(main),
        };
    }
}
