namespace AliaBatch.Evaluation.Reports;

/// <summary>The scores of one language pair (translation) or one language (other tasks).</summary>
/// <param name="Key">The group's key: <c>es→ca</c> for a pair, the language tag otherwise.</param>
/// <param name="Language">The source language (the expected language for language identification).</param>
/// <param name="TargetLanguage">The target language of a translation pair; null otherwise.</param>
/// <param name="Items">The number of items in the group.</param>
/// <param name="Metrics">The group's metrics.</param>
public sealed record GroupResult(string Key, string Language, string? TargetLanguage, int Items, IReadOnlyList<MetricValue> Metrics);
