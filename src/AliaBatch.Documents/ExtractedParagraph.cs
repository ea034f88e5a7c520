namespace AliaBatch.Documents;

/// <summary>One paragraph of extracted text.</summary>
/// <param name="Text">The paragraph text, trimmed; line breaks inside it are <c>\n</c>.</param>
/// <param name="Kind">The paragraph's structural role.</param>
/// <param name="Page">The 1-based page number for PDF; <see langword="null"/> for formats without pages.</param>
/// <param name="SourceOffset">
/// Where the paragraph came from: the char offset in the decoded text for txt, md and jsonl (within the
/// record's text field for jsonl); the ordinal of the source element for html (pre-order element index)
/// and docx (paragraph ordinal across headers, body, notes and footers); the char offset within the
/// page's extracted text (paragraphs joined with <c>\n\n</c>) for pdf.
/// </param>
public sealed record ExtractedParagraph(string Text, ParagraphKind Kind, int? Page, long SourceOffset);
