using AliaBatch.Pipeline.Tasks.Summarization;
using Xunit;

namespace AliaBatch.Pipeline.Tests;

public sealed class ExtractiveSummarizerTests
{
    private static readonly string[] s_sentences =
    [
        "The city council approved the new budget for public transport on Monday.",
        "The budget increases bus frequency on the main public transport lines.",
        "It was sunny.",
        "Public transport users will see more buses and new routes in the budget plan.",
        "The mayor thanked the staff of the council library for a music festival.",
    ];

    [Fact]
    public void Select_TopicalDocument_PicksCentralSentencesInDocumentOrder()
    {
        var chosen = ExtractiveSummarizer.Select(s_sentences, maxSentences: 2, maxWords: 100);

        Assert.Equal(2, chosen.Count);
        Assert.True(chosen[0] < chosen[1]);
        Assert.DoesNotContain(2, chosen);
        Assert.DoesNotContain(4, chosen);
    }

    [Fact]
    public void Select_WordBudget_IsRespectedAfterTheFirstSentence()
    {
        var chosen = ExtractiveSummarizer.Select(s_sentences, maxSentences: 5, maxWords: 15);

        Assert.InRange(chosen.Sum(i => ExtractiveSummarizer.WordCount(s_sentences[i])), 1, 15);
    }

    [Fact]
    public void Select_NearDuplicateSentences_ChoosesOnlyOne()
    {
        string[] sentences =
        [
            "Payment of the property tax ends on 30 November for every household.",
            "Payment of the property tax ends on 30 November for every household!",
            "Offices open from nine to two on weekdays at the town hall.",
        ];

        var chosen = ExtractiveSummarizer.Select(sentences, maxSentences: 2, maxWords: 100);

        Assert.False(chosen.Contains(0) && chosen.Contains(1));
    }

    [Fact]
    public void Select_Empty_ReturnsEmpty() => Assert.Empty(ExtractiveSummarizer.Select([], 3, 100));

    [Fact]
    public void Select_ZeroSentences_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ExtractiveSummarizer.Select(s_sentences, 0, 100));
}
