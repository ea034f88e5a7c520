using AliaBatch.Core.Languages;
using AliaBatch.Core.Results;
using AliaBatch.Text.Segmentation;

namespace AliaBatch.Pipeline.Analysis;

/// <summary>A document after extraction, normalisation, language identification and segmentation: what tasks work on.</summary>
/// <param name="Path">Document path (for a JSONL record, <c>file/recordId</c>).</param>
/// <param name="Source">Source facts for the result.</param>
/// <param name="Paragraphs">Normalised paragraphs in document order.</param>
/// <param name="Sentences">Sentences of each paragraph.</param>
/// <param name="Language">Detected language.</param>
public sealed record AnalyzedDocument(
    string Path,
    SourceInfo Source,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<IReadOnlyList<Sentence>> Sentences,
    LanguageInfo Language)
{
    /// <summary>The dominant language.</summary>
    public LanguageTag MainLanguage => Language.Language;

    /// <summary>The text with paragraphs separated by blank lines.</summary>
    public string Text => string.Join("\n\n", Paragraphs);

    /// <summary>All sentences in order, with the paragraph they belong to.</summary>
    public IEnumerable<(int Paragraph, Sentence Sentence)> AllSentences =>
        Sentences.SelectMany((sentences, paragraph) => sentences.Select(s => (paragraph, s)));
}
