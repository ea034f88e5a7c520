using AliaBatch.Core.Languages;
using AliaBatch.Core.Results;

namespace AliaBatch.Pipeline.Jobs;

/// <summary>A finished document: its result and the plain-text translation files to write beside it.</summary>
public sealed record ProcessedDocument(DocumentResult Result, IReadOnlyList<(LanguageTag Target, string Text)> TranslationFiles);
