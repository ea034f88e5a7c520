using AliaBatch.Core.Errors;
using AliaBatch.Core.Results;

namespace AliaBatch.Pipeline.Analysis;

/// <summary>What analysis made of one document: either an <see cref="AnalyzedDocument"/> or an error, plus the stages that ran.</summary>
public sealed record AnalysisOutcome(
    string Path,
    SourceInfo Source,
    AnalyzedDocument? Document,
    DocumentError? Error,
    IReadOnlyList<StageProvenance> Provenance);
