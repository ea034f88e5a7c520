using System.Text.Json.Serialization;

namespace AliaBatch.Inference.Packs;

/// <summary>Which tokenizer reads a pack's tokenizer files.</summary>
public enum TokenizerKind
{
    /// <summary>A Hugging Face <c>tokenizer.json</c> with a BPE model (<c>HuggingFaceBpeTokenizer</c>).</summary>
    [JsonStringEnumMemberName("hf-bpe")]
    HfBpe,

    /// <summary>A SentencePiece <c>tokenizer.model</c> (<c>SentencePieceModelTokenizer</c>).</summary>
    [JsonStringEnumMemberName("sentencepiece")]
    SentencePiece,

    /// <summary>A BERT <c>vocab.txt</c> (<c>WordPieceTextTokenizer</c>).</summary>
    [JsonStringEnumMemberName("wordpiece")]
    WordPiece,
}
