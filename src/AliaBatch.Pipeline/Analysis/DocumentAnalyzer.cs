using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography;
using AliaBatch.Core.Errors;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Documents;
using AliaBatch.Text;
using AliaBatch.Text.Languages;
using AliaBatch.Text.Segmentation;

namespace AliaBatch.Pipeline.Analysis;

/// <summary>
/// The first stages of the pipeline for one source object: read (bounded, hashed) → extract → normalise →
/// identify language (per paragraph) → segment into sentences. Failures become per-document errors, never exceptions.
/// </summary>
public sealed class DocumentAnalyzer(DocumentExtractor extractor, ExtractionOptions extractionOptions, LanguageIdentifier languageIdentifier)
{
    /// <summary>Component name and version of the language identifier, recorded in provenance.</summary>
    public const string LanguageComponent = "langid:char-ngram-udhr/1";

    /// <summary>Component name and version of the segmenter, recorded in provenance.</summary>
    public const string SegmenterComponent = "segmenter:rules/1";

    /// <summary>Analyses one source object; a JSONL file yields one outcome per record.</summary>
    public async Task<IReadOnlyList<AnalysisOutcome>> AnalyzeAsync(IObjectStore store, ObjectInfo info, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(info);
        var format = FormatOf(info.Path);
        var baseSource = new SourceInfo(info.Path, info.ETag, null, info.Size, format);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var (content, sha256) = await ReadBoundedAsync(store, info, cancellationToken);
            using (content)
            {
                var source = baseSource with { Sha256 = sha256 };
                var extracted = await extractor.ExtractAsync(content, info.Path, cancellationToken);
                var extractStage = new StageProvenance { Stage = "extract", Component = $"extractor:{format}", DurationMs = stopwatch.Elapsed.TotalMilliseconds };
                return [.. extracted.Select(document => Analyze(info.Path, source, document, extractStage))];
            }
        }
        catch (DocumentProcessingException exception)
        {
            var stage = new StageProvenance { Stage = "extract", Component = $"extractor:{format}", DurationMs = stopwatch.Elapsed.TotalMilliseconds };
            return [new AnalysisOutcome(info.Path, baseSource, null, DocumentError.From(exception), [stage])];
        }
        catch (ObjectNotFoundException exception)
        {
            return [new AnalysisOutcome(info.Path, baseSource, null, new DocumentError(ErrorCodes.DocumentUnreadable, $"The document disappeared before it could be read: {exception.Message}"), [])];
        }
        catch (IOException exception)
        {
            return [new AnalysisOutcome(info.Path, baseSource, null, new DocumentError(ErrorCodes.DocumentUnreadable, $"The document could not be read: {exception.Message}"), [])];
        }
    }

    private AnalysisOutcome Analyze(string filePath, SourceInfo fileSource, ExtractedDocument document, StageProvenance extractStage)
    {
        var path = document.RecordId is null ? filePath : ResultLayout.RecordPath(filePath, document.RecordId);
        var source = fileSource with
        {
            Path = path,
            Format = document.Format,
            Encoding = document.Encoding,
            RecordId = document.RecordId,
            PageCount = document.PageCount,
        };
        if (document.Error is not null)
        {
            return new AnalysisOutcome(path, source, null, document.Error, [extractStage]);
        }

        var paragraphs = document.Paragraphs
            .Select(p => TextNormalizer.Normalize(p.Text))
            .Where(p => p.Length > 0)
            .ToList();
        if (paragraphs.Count == 0)
        {
            return new AnalysisOutcome(path, source, null, new DocumentError(ErrorCodes.DocumentNoText, $"'{path}' holds no extractable text."), [extractStage]);
        }

        var stopwatch = Stopwatch.StartNew();
        var detection = languageIdentifier.DetectDocument(paragraphs);
        var language = new LanguageInfo(
            detection.Language,
            Math.Round(detection.Confidence, 4),
            detection.IsMixed,
            detection.Variant,
            detection.IsMixed ? [.. detection.Paragraphs.Select(p => new ParagraphLanguageInfo(p.Index, p.Language, Math.Round(p.Confidence, 4)))] : null);
        var detectStage = new StageProvenance { Stage = "detect-language", Component = LanguageComponent, DurationMs = stopwatch.Elapsed.TotalMilliseconds };

        stopwatch.Restart();
        var sentences = paragraphs
            .Select((paragraph, index) => SentenceSegmenter.Split(paragraph, ParagraphLanguage(detection, index)))
            .ToList();
        var segmentStage = new StageProvenance { Stage = "segment", Component = SegmenterComponent, DurationMs = stopwatch.Elapsed.TotalMilliseconds };

        var analyzed = new AnalyzedDocument(path, source, paragraphs, sentences, language);
        return new AnalysisOutcome(path, source, analyzed, null, [extractStage, detectStage, segmentStage]);
    }

    private static Core.Languages.LanguageTag ParagraphLanguage(DocumentLanguageDetection detection, int index)
    {
        var paragraph = index < detection.Paragraphs.Count ? detection.Paragraphs[index] : null;
        return paragraph is null || paragraph.Language.IsUndetermined ? detection.Language : paragraph.Language;
    }

    private async Task<(MemoryStream Content, string Sha256)> ReadBoundedAsync(IObjectStore store, ObjectInfo info, CancellationToken cancellationToken)
    {
        var limit = extractionOptions.MaxBytes;
        if (info.Size > limit)
        {
            throw new DocumentProcessingException(ErrorCodes.DocumentTooLarge, $"'{info.Path}' is {info.Size:N0} bytes; the limit (AliaBatch:Extraction:MaxBytes) is {limit:N0}.");
        }

        var content = new MemoryStream(capacity: (int)Math.Min(Math.Max(info.Size, 0), limit));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // A pooled buffer: a fresh 80 KB array per document was most of what a job of small documents allocated.
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            await using var stream = await store.OpenReadAsync(info.Path, cancellationToken);
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (content.Length + read > limit)
                {
                    await content.DisposeAsync();
                    throw new DocumentProcessingException(ErrorCodes.DocumentTooLarge, $"'{info.Path}' grew past the limit (AliaBatch:Extraction:MaxBytes = {limit:N0} bytes) while it was read.");
                }

                hash.AppendData(buffer, 0, read);
                content.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        content.Position = 0;
        return (content, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static string FormatOf(string path)
    {
        var extension = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        return extension switch
        {
            "htm" => "html",
            "markdown" => "md",
            "" => "unknown",
            _ => extension,
        };
    }
}
