using AliaBatch.Core.Errors;
using AliaBatch.Core.Languages;

namespace AliaBatch.Core.Results;

/// <summary>What the tasks produced for one document.</summary>
public sealed record TaskOutputs
{
    /// <summary>One entry per requested target language.</summary>
    public IReadOnlyList<TranslationOutput>? Translations { get; init; }

    /// <summary>The summary, when requested.</summary>
    public SummaryOutput? Summary { get; init; }

    /// <summary>The classification, when requested.</summary>
    public ClassificationOutput? Classification { get; init; }
}

/// <summary>A translation into one target.</summary>
/// <param name="Target">Target language.</param>
/// <param name="Status">Outcome for this target.</param>
/// <param name="Text">The translated text (paragraph structure kept), when succeeded.</param>
/// <param name="OutputPath">The plain-text file written for this target, relative to the job folder.</param>
/// <param name="Error">Why this target failed.</param>
public sealed record TranslationOutput(LanguageTag Target, DocumentStatus Status, string? Text = null, string? OutputPath = null, DocumentError? Error = null);

/// <summary>A summary.</summary>
/// <param name="Text">The summary text.</param>
/// <param name="Mode">extractive or abstractive.</param>
/// <param name="SentenceIndexes">For extractive summaries, the indexes of the sentences chosen.</param>
public sealed record SummaryOutput(string Text, string Mode, IReadOnlyList<int>? SentenceIndexes = null);

/// <summary>A classification: the chosen labels and every label's score.</summary>
public sealed record ClassificationOutput(IReadOnlyList<string> Labels, IReadOnlyList<LabelScore> Scores);

/// <summary>One label's score.</summary>
public sealed record LabelScore(string Label, double Score);
