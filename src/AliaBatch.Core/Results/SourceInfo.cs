namespace AliaBatch.Core.Results;

/// <summary>Where a result came from: the exact bytes that were processed.</summary>
/// <param name="Path">Path relative to the job source (for a JSONL record: <c>file.jsonl/recordId</c>).</param>
/// <param name="ETag">The storage ETag when read.</param>
/// <param name="Sha256">SHA-256 of the source bytes, lower-case hex.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Format">Detected format, e.g. <c>docx</c>.</param>
/// <param name="Encoding">Text encoding used for decoding, for text formats.</param>
/// <param name="RecordId">The record id inside a JSONL file.</param>
/// <param name="PageCount">Pages, for paged formats.</param>
public sealed record SourceInfo(
    string Path,
    string? ETag,
    string? Sha256,
    long Size,
    string? Format,
    string? Encoding = null,
    string? RecordId = null,
    int? PageCount = null);
