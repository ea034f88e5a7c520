namespace AliaBatch.Documents;

/// <summary>Extracts text from the bytes of one format. Implementations are synchronous and CPU-bound.</summary>
internal interface IFormatExtractor
{
    /// <summary>The format name recorded on <see cref="ExtractedDocument.Format"/>.</summary>
    string Format { get; }

    /// <summary>
    /// Whether the extraction is our own single pass over the bytes, which can neither hang nor recurse: it then runs on
    /// the caller's thread. Otherwise (third-party parsers) it runs on a large-stack parse thread under
    /// <see cref="ExtractionOptions.ParseTimeout"/>.
    /// </summary>
    bool RunsInline => false;

    /// <summary>
    /// Extracts the document(s). Throws <see cref="Core.Errors.DocumentProcessingException"/> for
    /// failures it recognises; the facade wraps anything else. Must observe <paramref name="cancellationToken"/>
    /// between units of work so an abandoned parse stops.
    /// </summary>
    IReadOnlyList<ExtractedDocument> Extract(byte[] content, CancellationToken cancellationToken);
}
