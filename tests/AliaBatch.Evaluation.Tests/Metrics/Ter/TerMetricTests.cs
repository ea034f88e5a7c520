using AliaBatch.Evaluation.Metrics.Ter;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Metrics.Ter;

public sealed class TerMetricTests
{
    // mjpost/sacrebleu test/test_ter.py: test_cases (perfect match, no overlap, empty hypothesis, one shift).
    [Theory]
    [InlineData("aaaa bbbb cccc dddd", "aaaa bbbb cccc dddd", 0.0)]
    [InlineData("dddd eeee ffff", "aaaa bbbb cccc", 100.0)]
    [InlineData("", "a", 100.0)]
    [InlineData("d e f g h a b c", "a b c d e f g h", 12.5)]
    public void CorpusScore_SmallVectors_MatchSacreBleu(string hypothesis, string reference, double expected)
    {
        var score = new TerMetric().CorpusScore([hypothesis], [[reference]]);

        Assert.Equal(expected, score.Score, 1e-3);
    }

    // mjpost/sacrebleu test/test_ter.py: "realistic example from WMT dev data (2019)", expected 0.136 (13.6 on sacreBLEU's 0..100 scale).
    [Fact]
    public void CorpusScore_WmtExample_MatchesSacreBleu()
    {
        string[] hypotheses =
        [
            "wählen Sie \" Bild neu berechnen , \" um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit das Bild ungefähr dieselbe Größe aufweist wie die andere Größe .",
            "wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des Aufgabenbedienfelds die Option \" Alle Aufgaben aktualisieren . \"",
            "klicken Sie auf der Registerkarte \" Optionen \" auf die Schaltfläche \" Benutzerdefiniert \" und geben Sie Werte für \" Fehlerkorrektur-Level \" und \" Y / X-Verhältnis \" ein .",
            "Sie können beispielsweise ein Dokument erstellen , das ein Auto über die Bühne enthält .",
            "wählen Sie im Dialogfeld \" Neu aus Vorlage \" eine Vorlage aus und klicken Sie auf \" Neu . \"",
        ];
        string[] references =
        [
            "wählen Sie \" Bild neu berechnen , \" um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit die Darstellung des Bildes in einer anderen Größe beibehalten wird .",
            "wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des Aufgabenbedienfelds die Option \" Alle Aufgaben aktualisieren . \"",
            "klicken Sie auf der Registerkarte \" Optionen \" auf die Schaltfläche \" Benutzerdefiniert \" und geben Sie für \" Fehlerkorrektur-Level \" und \" Y / X-Verhältnis \" niedrigere Werte ein .",
            "Sie können beispielsweise ein Dokument erstellen , das ein Auto enthalt , das sich über die Bühne bewegt .",
            "wählen Sie im Dialogfeld \" Neu aus Vorlage \" eine Vorlage aus und klicken Sie auf \" Neu . \"",
        ];

        var score = new TerMetric().CorpusScore(hypotheses, [references]);

        Assert.Equal(13.6, score.Score, 1e-3);
    }

    [Fact]
    public void CorpusScore_EmptyHypothesisAndReference_IsZero()
    {
        Assert.Equal(0.0, new TerMetric().CorpusScore([""], [[""]]).Score);
    }

    [Fact]
    public void SentenceScore_SeveralReferences_TakesFewestEditsAndAverageLength()
    {
        var score = new TerMetric().SentenceScore("a b c", ["a b c", "x y z w v"]);

        Assert.Equal(0.0, score.Edits);
        Assert.Equal(4.0, score.ReferenceLength);
    }

    [Fact]
    public void CorpusScore_Case_IgnoredByDefault()
    {
        Assert.Equal(0.0, new TerMetric().CorpusScore(["Bon Dia"], [["bon dia"]]).Score);
        Assert.Equal(100.0, new TerMetric(new TerOptions { CaseSensitive = true }).CorpusScore(["Bon Dia"], [["bon dia"]]).Score);
    }

    // mjpost/sacrebleu README.md: "TER|nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.0.0".
    [Fact]
    public void Signature_Defaults_MatchSacreBleuFormat()
    {
        Assert.Equal("nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.4.2", new TerMetric().Signature(1));
    }
}
