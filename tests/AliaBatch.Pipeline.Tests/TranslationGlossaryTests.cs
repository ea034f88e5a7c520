using System.Security.Cryptography;
using System.Text;
using AliaBatch.Pipeline.Tasks.Translation;
using Xunit;

namespace AliaBatch.Pipeline.Tests;

public sealed class TranslationGlossaryTests
{
    public static string Sha256Of(IReadOnlyDictionary<string, string> entries) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}\t{e.Value}\n")))));

    [Fact]
    public void Apply_TermsInAnyCase_WrittenAsTheirTranslationsAndRequired()
    {
        var glossary = TranslationGlossary.From(new Dictionary<string, string> { ["IBI"] = "IBI", ["ayuntamiento"] = "Ajuntament" })!;

        var (text, required) = glossary.Apply("El Ayuntamiento cobra el IBI; el AYUNTAMIENTO avisa.");

        Assert.Equal("El Ajuntament cobra el IBI; el Ajuntament avisa.", text);
        Assert.Equal(["Ajuntament", "IBI"], required);
    }

    [Fact]
    public void Apply_TermInsideAWord_IsNotMatched()
    {
        var glossary = TranslationGlossary.From(new Dictionary<string, string> { ["paga"] = "paga" })!;

        var (text, required) = glossary.Apply("Pagarán el pagaré.");

        Assert.Equal("Pagarán el pagaré.", text);
        Assert.Empty(required);
    }

    [Fact]
    public void Apply_OverlappingTerms_TheLongestWins()
    {
        var glossary = TranslationGlossary.From(new Dictionary<string, string> { ["impuesto"] = "impost", ["impuesto sobre bienes inmuebles"] = "IBI" })!;

        var (text, required) = glossary.Apply("El impuesto sobre bienes inmuebles y otro impuesto.");

        Assert.Equal("El IBI y otro impost.", text);
        Assert.Equal(["IBI", "impost"], required);
    }

    [Fact]
    public void From_BlankOrMissingEntries_ReturnsNull()
    {
        Assert.Null(TranslationGlossary.From(null));
        Assert.Null(TranslationGlossary.From(new Dictionary<string, string> { [" "] = "x", ["y"] = "" }));
    }

    [Fact]
    public void Sha256_SameEntriesInAnyOrder_IsTheSame()
    {
        var a = TranslationGlossary.From(new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" })!;
        var b = TranslationGlossary.From(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" })!;

        Assert.Equal(a.Sha256, b.Sha256);
        Assert.Equal(Sha256Of(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" }), a.Sha256);
        Assert.Equal(2, a.Count);
    }

    [Fact]
    public void Hits_CountsRequiredTranslationsPresentInTheOutput() =>
        Assert.Equal(1, TranslationGlossary.Hits("L'Ajuntament cobra l'impost.", ["Ajuntament", "IBI"]));
}
