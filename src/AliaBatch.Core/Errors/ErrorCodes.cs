namespace AliaBatch.Core.Errors;

/// <summary>
/// Stable, documented error codes recorded on failed documents and rejected requests
/// (see <c>docs/errors.md</c>). Codes never change meaning once published.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The job request does not match the schema; the message names the field.</summary>
    public const string RequestInvalid = "request.invalid";

    /// <summary>The document could not be opened or read from storage.</summary>
    public const string DocumentUnreadable = "document.unreadable";
    /// <summary>The document has zero bytes.</summary>
    public const string DocumentEmpty = "document.empty";
    /// <summary>No extractor handles the document's format.</summary>
    public const string DocumentUnsupportedFormat = "document.unsupported_format";
    /// <summary>The document is larger than the configured byte limit.</summary>
    public const string DocumentTooLarge = "document.too_large";
    /// <summary>The extracted text exceeds the configured character limit.</summary>
    public const string DocumentTooManyCharacters = "document.too_many_characters";
    /// <summary>The document has more pages than the configured limit.</summary>
    public const string DocumentTooManyPages = "document.too_many_pages";
    /// <summary>An OOXML archive expands past the ratio or entry-count limit (zip bomb).</summary>
    public const string DocumentArchiveLimit = "document.archive_limit";
    /// <summary>Parsing took longer than the configured limit.</summary>
    public const string DocumentParseTimeout = "document.parse_timeout";
    /// <summary>The bytes are not text in any supported encoding (binary content).</summary>
    public const string DocumentBinary = "document.binary";
    /// <summary>The text is not valid in any supported encoding.</summary>
    public const string DocumentEncodingUnknown = "document.encoding_unknown";
    /// <summary>The file is structurally corrupt or truncated.</summary>
    public const string DocumentCorrupt = "document.corrupt";
    /// <summary>The file is encrypted or password protected.</summary>
    public const string DocumentEncrypted = "document.encrypted";
    /// <summary>The document holds no extractable text (e.g. a scanned PDF without a text layer).</summary>
    public const string DocumentNoText = "document.no_text";
    /// <summary>The document nests structure deeper than the configured limit.</summary>
    public const string DocumentTooDeep = "document.too_deep";

    /// <summary>A task failed for this document; the message says which and why.</summary>
    public const string TaskFailed = "task.failed";
    /// <summary>The model a task needs is not available.</summary>
    public const string ModelUnavailable = "model.unavailable";
    /// <summary>A prompt is longer than the model's context; the message names the segment and both lengths.</summary>
    public const string ModelContextExceeded = "model.context_exceeded";
    /// <summary>
    /// The document's batch was dispatched to the inference tier the maximum number of times and never completed
    /// (dead-lettered or overdue each time); the message says how often it was sent.
    /// </summary>
    public const string BatchUndeliverable = "batch.undeliverable";
    /// <summary>The document was not processed because the job was cancelled.</summary>
    public const string Cancelled = "job.cancelled";
    /// <summary>An unexpected internal error; the message carries the exception type.</summary>
    public const string Internal = "internal.error";
}
