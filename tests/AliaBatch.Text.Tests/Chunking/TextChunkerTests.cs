using AliaBatch.Core.Languages;
using AliaBatch.Text.Chunking;
using AliaBatch.Text.Segmentation;
using Xunit;

namespace AliaBatch.Text.Tests.Chunking;

public sealed class TextChunkerTests
{
    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static IReadOnlyList<Sentence> Sentences(params string[] texts)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (var text in texts)
        {
            sentences.Add(new Sentence(text, start, text.Length));
            start += text.Length + 1;
        }

        return sentences;
    }

    [Fact]
    public void Chunk_SentencesUnderBudget_PacksGreedily()
    {
        var sentences = Sentences("uno dos tres.", "cuatro cinco.", "seis siete ocho.", "nueve.");

        var chunks = TextChunker.Chunk(sentences, Words, 5);

        Assert.Equal(
            [new TextChunk("uno dos tres. cuatro cinco.", 0, 2, 5), new TextChunk("seis siete ocho. nueve.", 2, 2, 4)],
            chunks);
    }

    [Fact]
    public void Chunk_Overlap_RepeatsTrailingSentences()
    {
        var sentences = Sentences("a b.", "c d.", "e f.", "g h.", "i j.");

        var chunks = TextChunker.Chunk(sentences, Words, 6, overlapSentences: 1);

        Assert.Equal([(0, 3), (2, 3)], chunks.Select(c => (c.FirstSentence, c.SentenceCount)));
        Assert.Equal("e f. g h. i j.", chunks[1].Text);
    }

    [Fact]
    public void Chunk_OverlapThatLeavesNoRoom_IsShortenedSoEveryChunkAddsASentence()
    {
        var sentences = Sentences("a b c.", "d e f.", "g h i.");

        var chunks = TextChunker.Chunk(sentences, Words, 3, overlapSentences: 2);

        Assert.Equal([0, 1, 2], chunks.Select(c => c.FirstSentence));
        Assert.All(chunks, c => Assert.Equal(1, c.SentenceCount));
    }

    [Fact]
    public void Chunk_SentenceOverBudget_IsSplitOnWordBoundaries()
    {
        var sentences = Sentences("corto.", "esta frase tiene siete palabras en total.", "fin.");

        var chunks = TextChunker.Chunk(sentences, Words, 3);

        Assert.Equal(
            ["corto.", "esta frase tiene", "siete palabras en", "total.", "fin."],
            chunks.Select(c => c.Text));
        Assert.All(chunks.Where(c => c.FirstSentence == 1), c => Assert.Equal(1, c.SentenceCount));
        Assert.All(chunks, c => Assert.InRange(c.Tokens, 1, 3));
    }

    [Fact]
    public void Chunk_WordOverBudget_IsSplitOnCharacters()
    {
        var sentences = Sentences("abcdefghij");

        var chunks = TextChunker.Chunk(sentences, text => text.Length, 4);

        Assert.Equal(["abcd", "efgh", "ij"], chunks.Select(c => c.Text));
    }

    [Fact]
    public void Chunk_JoinedTextCountsMoreThanItsParts_DropsSentencesToStayInBudget()
    {
        var sentences = Sentences("aa.", "bb.", "cc.");

        var chunks = TextChunker.Chunk(sentences, text => text.Length, 6);

        Assert.All(chunks, c => Assert.True(c.Tokens <= 6, c.Text));
        Assert.Equal(["aa.", "bb.", "cc."], chunks.Select(c => c.Text));
    }

    [Fact]
    public void Chunk_SegmentedParagraph_CoversEverySentenceInOrder()
    {
        var paragraph = "El Sr. Puig va arribar. Va parlar amb tothom. Després se'n va anar. L'acte va acabar tard.";
        var sentences = SentenceSegmenter.Split(paragraph, LanguageTag.Catalan);

        var chunks = TextChunker.Chunk(sentences, Words, 8);

        Assert.Equal(string.Join(' ', sentences.Select(s => s.Text)), string.Join(' ', chunks.Select(c => c.Text)));
    }

    [Fact]
    public void Chunk_NoSentences_ReturnsNoChunks()
    {
        Assert.Empty(TextChunker.Chunk([], Words, 10));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Chunk_BudgetBelowOne_Throws(int budget)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextChunker.Chunk(Sentences("a."), Words, budget));
    }

    [Fact]
    public void Chunk_NegativeOverlap_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextChunker.Chunk(Sentences("a."), Words, 5, overlapSentences: -1));
    }
}
