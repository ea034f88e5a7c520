using AliaBatch.Core.Errors;

namespace AliaBatch.Documents;

/// <summary>The text extracted from one document, or from one record of a JSONL file.</summary>
/// <param name="RecordId">The JSONL record id; <see langword="null"/> for single-document formats.</param>
/// <param name="Format">The format actually parsed: <c>txt</c>, <c>md</c>, <c>html</c>, <c>docx</c>, <c>pdf</c> or <c>jsonl</c>.</param>
/// <param name="Encoding">The character encoding used to decode text formats (e.g. <c>utf-8</c>, <c>windows-1252</c>); <see langword="null"/> for binary formats.</param>
/// <param name="PageCount">The number of pages for PDF; <see langword="null"/> otherwise.</param>
/// <param name="Paragraphs">The paragraphs in reading order; empty when <paramref name="Error"/> is set.</param>
/// <param name="Error">Set only for a failed JSONL record; whole-file failures are thrown instead.</param>
public sealed record ExtractedDocument(
    string? RecordId,
    string Format,
    string? Encoding,
    int? PageCount,
    IReadOnlyList<ExtractedParagraph> Paragraphs,
    DocumentError? Error = null)
{
    private string? _text;

    /// <summary>The paragraphs' text joined with blank lines (<c>\n\n</c>).</summary>
    public string Text => _text ??= string.Join("\n\n", Paragraphs.Select(p => p.Text));
}
