using Microsoft.ML.Tokenizers;

namespace AliaBatch.Inference.Tokenization;

/// <summary>
/// BERT WordPiece tokenisation from a <c>vocab.txt</c> (basic tokenisation, optional lower-casing,
/// <c>[CLS] … [SEP]</c> framing), through Microsoft.ML.Tokenizers' <see cref="BertTokenizer"/>.
/// </summary>
public sealed class WordPieceTextTokenizer : ITextTokenizer
{
    private readonly BertTokenizer _tokenizer;

    private WordPieceTextTokenizer(BertTokenizer tokenizer) => _tokenizer = tokenizer;

    /// <summary>The <c>[CLS]</c> id.</summary>
    public int? BosId => _tokenizer.ClassificationTokenId;

    /// <summary>The <c>[SEP]</c> id.</summary>
    public int? EosId => _tokenizer.SeparatorTokenId;

    /// <inheritdoc />
    public int PadId => _tokenizer.PaddingTokenId;

    /// <summary>Loads a WordPiece vocabulary.</summary>
    /// <param name="vocabPath">Path of <c>vocab.txt</c>, one token a line.</param>
    /// <param name="lowerCase">Whether text is lower-cased first (uncased models such as MiniLM).</param>
    public static WordPieceTextTokenizer FromFile(string vocabPath, bool lowerCase = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(vocabPath);
        if (!File.Exists(vocabPath))
        {
            throw new FileNotFoundException($"WordPiece vocabulary '{vocabPath}' does not exist.", vocabPath);
        }

        using var stream = File.OpenRead(vocabPath);
        return FromStream(stream, lowerCase);
    }

    /// <summary>Loads a WordPiece vocabulary from a stream.</summary>
    public static WordPieceTextTokenizer FromStream(Stream vocab, bool lowerCase = true)
    {
        ArgumentNullException.ThrowIfNull(vocab);
        // Hugging Face's BERT tokenizer strips accents whenever it lower-cases (strip_accents follows do_lower_case);
        // without it every accented Spanish, Catalan or Galician word becomes [UNK].
        var options = new BertOptions { LowerCaseBeforeTokenization = lowerCase, RemoveNonSpacingMarks = lowerCase, ApplyBasicTokenization = true };
        return new WordPieceTextTokenizer(BertTokenizer.Create(vocab, options));
    }

    /// <inheritdoc />
    public IReadOnlyList<int> Encode(string text, bool addSpecialTokens = true, int maxLength = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        var ids = _tokenizer.EncodeToIds(text, addSpecialTokens: false, considerPreTokenization: true, considerNormalization: true).ToList();
        var specials = addSpecialTokens ? 2 : 0;
        if (ids.Count + specials > maxLength)
        {
            ids.RemoveRange(Math.Max(0, maxLength - specials), ids.Count - Math.Max(0, maxLength - specials));
        }

        if (addSpecialTokens)
        {
            ids.Insert(0, _tokenizer.ClassificationTokenId);
            ids.Add(_tokenizer.SeparatorTokenId);
        }

        return ids;
    }

    /// <inheritdoc />
    public string Decode(IEnumerable<int> ids, bool skipSpecialTokens = true)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return _tokenizer.Decode(ids, skipSpecialTokens);
    }

    /// <inheritdoc />
    public int CountTokens(string text, bool addSpecialTokens = true) => Encode(text, addSpecialTokens).Count;
}
