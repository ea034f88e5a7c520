using System.Globalization;
using System.Text;
using AliaBatch.Core.Languages;

namespace AliaBatch.Text.Languages;

/// <summary>The outcome of <see cref="LanguageIdEvaluation.Run"/>: accuracy per language and the confusion matrix.</summary>
public sealed class LanguageIdEvaluationReport
{
    private readonly Dictionary<(LanguageTag Expected, LanguageTag Detected), int> _confusion;

    internal LanguageIdEvaluationReport(Dictionary<(LanguageTag Expected, LanguageTag Detected), int> confusion)
    {
        _confusion = confusion;
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        var detected = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var ((e, d), count) in confusion)
        {
            expected.Add(e.Value);
            detected.Add(d.Value);
            Samples += count;
            Correct += e == d ? count : 0;
        }

        ExpectedLanguages = [.. expected.Select(LanguageTag.Parse)];
        DetectedLanguages = [.. detected.Union(expected).Order(StringComparer.Ordinal).Select(LanguageTag.Parse)];
        PerLanguage = [.. ExpectedLanguages.Select(language => new LanguageAccuracy(
            language,
            DetectedLanguages.Sum(d => Count(language, d)),
            Count(language, language)))];
    }

    /// <summary>The number of samples evaluated.</summary>
    public int Samples { get; }

    /// <summary>The number detected as their expected language.</summary>
    public int Correct { get; }

    /// <summary>The overall fraction correct, 0 to 1.</summary>
    public double Accuracy => Samples == 0 ? 0 : (double)Correct / Samples;

    /// <summary>The expected languages, in tag order: the matrix rows.</summary>
    public IReadOnlyList<LanguageTag> ExpectedLanguages { get; }

    /// <summary>Every language expected or detected, in tag order: the matrix columns.</summary>
    public IReadOnlyList<LanguageTag> DetectedLanguages { get; }

    /// <summary>Accuracy for each expected language.</summary>
    public IReadOnlyList<LanguageAccuracy> PerLanguage { get; }

    /// <summary>How many samples expected in <paramref name="expected"/> were detected as <paramref name="detected"/>.</summary>
    public int Count(LanguageTag expected, LanguageTag detected) => _confusion.GetValueOrDefault((expected, detected));

    /// <summary>Renders the per-language accuracy table and the confusion matrix as Markdown.</summary>
    public string ToMarkdown()
    {
        var culture = CultureInfo.InvariantCulture;
        var markdown = new StringBuilder();
        markdown.AppendLine("| Language | Samples | Correct | Accuracy |");
        markdown.AppendLine("|---|---:|---:|---:|");
        foreach (var row in PerLanguage)
        {
            markdown.AppendLine(culture, $"| {row.Language} | {row.Samples} | {row.Correct} | {row.Accuracy:P1} |");
        }

        markdown.AppendLine(culture, $"| **all** | {Samples} | {Correct} | {Accuracy:P1} |");
        markdown.AppendLine();
        markdown.Append("| expected \\ detected |");
        foreach (var detected in DetectedLanguages)
        {
            markdown.Append(culture, $" {detected} |");
        }

        markdown.AppendLine();
        markdown.Append("|---|");
        markdown.AppendLine(string.Concat(Enumerable.Repeat("---:|", DetectedLanguages.Count)));
        foreach (var expected in ExpectedLanguages)
        {
            markdown.Append(culture, $"| {expected} |");
            foreach (var detected in DetectedLanguages)
            {
                var count = Count(expected, detected);
                markdown.Append(count == 0 ? " · |" : string.Create(culture, $" {count} |"));
            }

            markdown.AppendLine();
        }

        return markdown.ToString();
    }
}
