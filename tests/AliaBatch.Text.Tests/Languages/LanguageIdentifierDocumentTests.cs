using AliaBatch.Core.Languages;
using AliaBatch.Text.Languages;
using Xunit;

namespace AliaBatch.Text.Tests.Languages;

public sealed class LanguageIdentifierDocumentTests
{
    [Fact]
    public void DetectDocument_SpanishAndBasqueParagraphs_IsMixedWithEachParagraphRight()
    {
        string[] paragraphs =
        [
            "El Ayuntamiento ha aprobado hoy el presupuesto municipal para el próximo año, que incluye nuevas ayudas para el alquiler de vivienda.",
            "Udalak gaur onartu du datorren urterako udal aurrekontua, eta etxebizitza alokatzeko laguntza berriak jasotzen ditu.",
            "Las solicitudes podrán presentarse hasta el 30 de junio en cualquiera de las oficinas de atención ciudadana.",
            "Eskabideak ekainaren 30era arte aurkeztu ahal izango dira herritarrentzako arreta bulegoetako edozeinetan.",
            "1.",
        ];

        var detection = LanguageIdentifier.Default.DetectDocument(paragraphs);

        Assert.True(detection.IsMixed);
        Assert.Equal(
            [LanguageTag.Spanish, LanguageTag.Basque, LanguageTag.Spanish, LanguageTag.Basque, LanguageTag.Undetermined],
            detection.Paragraphs.Select(p => p.Language));
        Assert.Equal([0, 1, 2, 3, 4], detection.Paragraphs.Select(p => p.Index));
        Assert.True(detection.Language == LanguageTag.Spanish || detection.Language == LanguageTag.Basque);
    }

    [Fact]
    public void DetectDocument_GalicianWithAShortEnglishQuote_IsGalicianAndNotMixed()
    {
        string[] paragraphs =
        [
            "O Concello aprobou hoxe o orzamento municipal para o vindeiro ano, que inclúe novas axudas para o aluguer de vivenda.",
            "Para solicitar a prestación, a persoa interesada deberá presentar o formulario asinado xunto cunha copia do seu documento de identidade.",
            "As solicitudes poderán presentarse ata o 30 de xuño en calquera das oficinas de atención á cidadanía.",
            "Terms and conditions apply.",
        ];

        var detection = LanguageIdentifier.Default.DetectDocument(paragraphs);

        Assert.Equal(LanguageTag.Galician, detection.Language);
        Assert.False(detection.IsMixed);
        Assert.InRange(detection.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void DetectDocument_ValencianUdhr_ReportsTheValencianVariant()
    {
        var paragraphs = Udhr.Paragraphs.Where(p => p.Source == "054").Select(p => p.Text).ToList();

        var detection = LanguageIdentifier.Default.DetectDocument(paragraphs);

        Assert.Equal(LanguageTag.Catalan, detection.Language);
        Assert.Equal(LanguageTag.Valencian, detection.Variant);
    }

    [Fact]
    public void DetectDocument_CentralCatalanUdhr_ReportsNoVariant()
    {
        var paragraphs = Udhr.Paragraphs.Where(p => p.Source == "cat").Select(p => p.Text).ToList();

        var detection = LanguageIdentifier.Default.DetectDocument(paragraphs);

        Assert.Equal(LanguageTag.Catalan, detection.Language);
        Assert.Null(detection.Variant);
    }

    [Fact]
    public void DetectDocument_OnlyShortParagraphs_IsUndetermined()
    {
        var detection = LanguageIdentifier.Default.DetectDocument(["1.", "Índice", "—"]);

        Assert.Equal(LanguageTag.Undetermined, detection.Language);
        Assert.Equal(0, detection.Confidence);
        Assert.False(detection.IsMixed);
        Assert.Equal(3, detection.Paragraphs.Count);
    }

    [Fact]
    public void DetectDocument_NoParagraphs_IsUndetermined()
    {
        var detection = LanguageIdentifier.Default.DetectDocument([]);

        Assert.Equal(LanguageTag.Undetermined, detection.Language);
        Assert.Empty(detection.Paragraphs);
    }
}
