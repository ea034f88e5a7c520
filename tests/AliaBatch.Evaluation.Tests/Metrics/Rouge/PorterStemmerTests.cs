using AliaBatch.Evaluation.Metrics.Rouge;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Metrics.Rouge;

public sealed class PorterStemmerTests
{
    // nltk/nltk howto for nltk.stem.porter (doc/howto/stem.doctest), PorterStemmer() in its default NLTK_EXTENSIONS mode:
    // "caress fli die mule deni die agre own humbl size meet state siez item sensat tradit refer colon plot".
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("flies", "fli")]
    [InlineData("dies", "die")]
    [InlineData("mules", "mule")]
    [InlineData("denied", "deni")]
    [InlineData("died", "die")]
    [InlineData("agreed", "agre")]
    [InlineData("owned", "own")]
    [InlineData("humbled", "humbl")]
    [InlineData("sized", "size")]
    [InlineData("meeting", "meet")]
    [InlineData("stating", "state")]
    [InlineData("siezing", "siez")]
    [InlineData("itemization", "item")]
    [InlineData("sensational", "sensat")]
    [InlineData("traditional", "tradit")]
    [InlineData("reference", "refer")]
    [InlineData("colonizer", "colon")]
    [InlineData("plotted", "plot")]
    public void Stem_NltkHowtoWords_MatchNltk(string word, string expected)
    {
        Assert.Equal(expected, PorterStemmer.Stem(word));
    }

    // nltk/nltk nltk/test/unit/test_stem.py: test_oed_bug ('oed' stems to 'o'); irregular forms from nltk/stem/porter.py.
    [Theory]
    [InlineData("oed", "o")]
    [InlineData("skies", "sky")]
    [InlineData("dying", "die")]
    [InlineData("news", "news")]
    [InlineData("proceed", "proceed")]
    [InlineData("is", "is")]
    [InlineData("running", "run")]
    [InlineData("happy", "happi")]
    [InlineData("enjoy", "enjoy")]
    public void Stem_SpecialCases_MatchNltkExtensions(string word, string expected)
    {
        Assert.Equal(expected, PorterStemmer.Stem(word));
    }

    // Word/stem pairs produced by NLTK 3.8's PorterStemmer() (see TestData/porter/README.md).
    [Fact]
    public void Stem_Nltk38Vocabulary_MatchesEveryPair()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "porter", "nltk-3.8-stems.tsv"));

        var mismatches = lines
            .Select(line => line.Split('\t'))
            .Where(pair => PorterStemmer.Stem(pair[0]) != pair[1])
            .Select(pair => $"{pair[0]} -> {PorterStemmer.Stem(pair[0])}, NLTK {pair[1]}")
            .ToList();

        Assert.True(lines.Length > 300);
        Assert.Empty(mismatches);
    }
}
