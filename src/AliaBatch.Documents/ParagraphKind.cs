namespace AliaBatch.Documents;

/// <summary>The structural role a paragraph had in its source document.</summary>
public enum ParagraphKind
{
    /// <summary>Running text.</summary>
    Body,

    /// <summary>A heading or title.</summary>
    Heading,

    /// <summary>An item of a bulleted or numbered list.</summary>
    ListItem,

    /// <summary>The text of one table cell.</summary>
    TableCell,

    /// <summary>Page header text (DOCX header parts, HTML <c>header</c>, the top band of a PDF page).</summary>
    Header,

    /// <summary>Page footer text (DOCX footer parts, HTML <c>footer</c>, the bottom band of a PDF page).</summary>
    Footer,

    /// <summary>A footnote or endnote.</summary>
    Footnote,
}
