using AliaBatch.Core.Languages;
using AliaBatch.Text.Languages;
using Xunit;

namespace AliaBatch.Text.Tests.Languages;

public sealed class LanguageIdEvaluationTests
{
    [Fact]
    public void Run_MixedOutcomes_TalliesAccuracyAndConfusion()
    {
        (LanguageTag, string)[] samples =
        [
            (LanguageTag.Spanish, "Toda persona tiene derecho a la educación y a la cultura."),
            (LanguageTag.Spanish, "Todas as persoas teñen dereito á educación e á cultura do país."),
            (LanguageTag.Valencian, "Tota persona té dret a l'educació i a la cultura del seu país."),
            (LanguageTag.Basque, "Kaixo"),
        ];

        var report = LanguageIdEvaluation.Run(samples);

        Assert.Equal(4, report.Samples);
        Assert.Equal(2, report.Correct);
        Assert.Equal(1, report.Count(LanguageTag.Spanish, LanguageTag.Galician));
        Assert.Equal(1, report.Count(LanguageTag.Catalan, LanguageTag.Catalan));
        Assert.Equal(1, report.Count(LanguageTag.Basque, LanguageTag.Undetermined));
        Assert.Equal(0.5, report.PerLanguage.Single(r => r.Language == LanguageTag.Spanish).Accuracy);
        Assert.Equal([LanguageTag.Catalan, LanguageTag.Spanish, LanguageTag.Basque], report.ExpectedLanguages);
    }

    [Fact]
    public void UdhrHeldOut_MinimumLength_KeepsOnlyLongHeldOutParagraphs()
    {
        var samples = LanguageIdEvaluation.UdhrHeldOut(Udhr.Directory, 100);

        Assert.NotEmpty(samples);
        Assert.All(samples, sample => Assert.True(sample.Text.Length >= 100));
        Assert.All(samples, sample => Assert.Contains(sample.Text, Udhr.Paragraphs.Where(p => p.IsHeldOut).Select(p => p.Text)));
    }

    [Fact]
    public void UdhrHeldOutSentences_MinimumLength_SplitsHeldOutParagraphsIntoSentences()
    {
        var sentences = LanguageIdEvaluation.UdhrHeldOutSentences(Udhr.Directory, 20);
        var paragraphs = LanguageIdEvaluation.UdhrHeldOut(Udhr.Directory, 20);

        Assert.True(sentences.Count > paragraphs.Count);
        Assert.All(sentences, sentence => Assert.True(sentence.Text.Length >= 20));
        Assert.Contains(sentences, sentence => sentence.Expected == LanguageTag.Basque);
    }
}
