using AliaBatch.Core.Languages;
using AliaBatch.Text.Languages;
using Xunit;

namespace AliaBatch.Text.Tests.Languages;

public sealed class LanguageIdEvaluationReportTests
{
    [Fact]
    public void ToMarkdown_Report_RendersAccuracyTableAndConfusionMatrix()
    {
        var report = LanguageIdEvaluation.Run(
        [
            (LanguageTag.English, "All human beings are born free and equal in dignity and rights."),
            (LanguageTag.French, "Tous les êtres humains naissent libres et égaux en dignité et en droits."),
        ]);

        var markdown = report.ToMarkdown();

        Assert.Contains("| Language | Samples | Correct | Accuracy |", markdown, StringComparison.Ordinal);
        Assert.Contains("| en | 1 | 1 | 100.0 % |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **all** | 2 | 2 | 100.0 % |", markdown, StringComparison.Ordinal);
        Assert.Contains("| expected \\ detected | en | fr |", markdown, StringComparison.Ordinal);
        Assert.Contains("| fr | · | 1 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Accuracy_NoSamples_IsZero()
    {
        var report = LanguageIdEvaluation.Run([]);

        Assert.Equal(0, report.Samples);
        Assert.Equal(0, report.Accuracy);
        Assert.Empty(report.PerLanguage);
    }
}
