using System.Text;
using System.Text.Json;
using AliaBatch.Core.Errors;

namespace AliaBatch.Documents;

/// <summary>
/// JSON Lines (UTF-8): one document per non-blank line, read from the configured id and text fields.
/// A bad line becomes a record with <see cref="ExtractedDocument.Error"/> set; the others still succeed.
/// </summary>
internal sealed class JsonlExtractor(ExtractionOptions options) : IFormatExtractor
{
    private static readonly UTF8Encoding s_strictUtf8 = new(false, throwOnInvalidBytes: true);
    private static readonly JsonDocumentOptions s_jsonOptions = new() { MaxDepth = 64 };

    public string Format => "jsonl";

    public IReadOnlyList<ExtractedDocument> Extract(byte[] content, CancellationToken cancellationToken)
    {
        var span = content.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        var records = new List<ExtractedDocument>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (!span.IsEmpty)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            var end = span.IndexOf((byte)'\n');
            var line = end < 0 ? span : span[..end];
            span = end < 0 ? [] : span[(end + 1)..];
            if (!line.Trim(" \t\r"u8).IsEmpty)
            {
                records.Add(ReadRecord(line, lineNumber, ids, cancellationToken));
            }
        }

        if (records.Count == 0)
        {
            throw new DocumentProcessingException(ErrorCodes.DocumentNoText, "The JSONL file has no records.");
        }

        return records;
    }

    private ExtractedDocument ReadRecord(ReadOnlySpan<byte> line, int lineNumber, HashSet<string> ids, CancellationToken cancellationToken)
    {
        var fallbackId = $"line-{lineNumber}";
        string? id = null;
        try
        {
            var json = s_strictUtf8.GetString(line);
            using var parsed = JsonDocument.Parse(json, s_jsonOptions);
            if (parsed.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Failed(fallbackId, ErrorCodes.DocumentCorrupt, $"Line {lineNumber} is not a JSON object.");
            }

            id = ReadId(parsed.RootElement);
            if (id is null)
            {
                return Failed(fallbackId, ErrorCodes.DocumentCorrupt, $"Line {lineNumber} has no string or number '{options.JsonlIdField}' field (AliaBatch:Extraction:JsonlIdField).");
            }

            if (!ids.Add(id))
            {
                return Failed(id, ErrorCodes.DocumentCorrupt, $"Line {lineNumber} repeats the id '{id}' of an earlier record.");
            }

            if (!parsed.RootElement.TryGetProperty(options.JsonlTextField, out var field) || field.ValueKind != JsonValueKind.String)
            {
                return Failed(id, ErrorCodes.DocumentCorrupt, $"Line {lineNumber} has no string '{options.JsonlTextField}' field (AliaBatch:Extraction:JsonlTextField).");
            }

            var text = field.GetString() ?? string.Empty;
            if (text.Length > options.MaxCharacters)
            {
                return Failed(id, ErrorCodes.DocumentTooManyCharacters, ParagraphCollector.TooManyCharacters(options.MaxCharacters).Message);
            }

            var collector = new ParagraphCollector(options.MaxCharacters, cancellationToken);
            PlainTextExtractor.SplitParagraphs(text.Replace("\r\n", "\n", StringComparison.Ordinal), collector);
            return collector.Paragraphs.Count == 0
                ? Failed(id, ErrorCodes.DocumentEmpty, $"Line {lineNumber} has an empty '{options.JsonlTextField}' field.")
                : new ExtractedDocument(id, Format, "utf-8", null, collector.Paragraphs);
        }
        catch (Exception ex) when (ex is JsonException or DecoderFallbackException)
        {
            return Failed(id ?? fallbackId, ErrorCodes.DocumentCorrupt, $"Line {lineNumber} is not valid UTF-8 JSON: {ex.Message}");
        }
    }

    private string? ReadId(JsonElement record) =>
        record.TryGetProperty(options.JsonlIdField, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()) => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private ExtractedDocument Failed(string recordId, string code, string message) =>
        new(recordId, Format, "utf-8", null, [], new DocumentError(code, message));
}
