using AliaBatch.Core.Languages;
using AliaBatch.Text.Languages;
using Xunit;

namespace AliaBatch.Text.Tests.Languages;

public sealed class LanguageIdentifierTests
{
    public static TheoryData<string, string> OutOfDomainParagraphs => new()
    {
        { "es", "El Ayuntamiento ha aprobado hoy el presupuesto municipal para el próximo año, que incluye nuevas ayudas para el alquiler de vivienda." },
        { "es", "Para solicitar la prestación, la persona interesada deberá presentar el formulario firmado junto con una copia de su documento de identidad." },
        { "ca", "L'Ajuntament ha aprovat avui el pressupost municipal per a l'any vinent, que inclou noves ajudes per al lloguer d'habitatge." },
        { "ca", "Per sol·licitar la prestació, la persona interessada haurà de presentar el formulari signat juntament amb una còpia del document d'identitat." },
        { "eu", "Udalak gaur onartu du datorren urterako udal aurrekontua, eta etxebizitza alokatzeko laguntza berriak jasotzen ditu." },
        { "eu", "Prestazioa eskatzeko, interesdunak sinatutako inprimakia aurkeztu beharko du, nortasun agiriaren kopia batekin batera." },
        { "gl", "O Concello aprobou hoxe o orzamento municipal para o vindeiro ano, que inclúe novas axudas para o aluguer de vivenda." },
        { "gl", "Para solicitar a prestación, a persoa interesada deberá presentar o formulario asinado xunto cunha copia do seu documento de identidade." },
        { "en", "The city council today approved the municipal budget for next year, which includes new grants for housing rentals." },
        { "en", "To apply for the benefit, the applicant must submit the signed form together with a copy of their identity document." },
        { "pt", "A Câmara Municipal aprovou hoje o orçamento municipal para o próximo ano, que inclui novos apoios ao arrendamento de habitação." },
        { "pt", "Para requerer a prestação, a pessoa interessada deverá apresentar o formulário assinado juntamente com uma cópia do seu documento de identificação." },
        { "fr", "Le conseil municipal a approuvé aujourd'hui le budget communal de l'année prochaine, qui prévoit de nouvelles aides au logement." },
        { "fr", "Pour demander la prestation, la personne intéressée doit présenter le formulaire signé accompagné d'une copie de sa pièce d'identité." },
        { "it", "Il consiglio comunale ha approvato oggi il bilancio per il prossimo anno, che prevede nuovi contributi per l'affitto della casa." },
        { "it", "Per richiedere la prestazione, la persona interessata dovrà presentare il modulo firmato insieme a una copia del documento d'identità." },
        { "oc", "Lo conselh municipal a aprovat uèi lo budgèt de la comuna per l'an que ven, que compren d'ajudas novèlas per la logança dels ostals." },
        { "oc", "Las escòlas de la vila seràn barradas diluns per causa de la nèu, e los mainatges demoraràn a l'ostal amb lors parents." },
    };

    [Theory]
    [MemberData(nameof(OutOfDomainParagraphs))]
    public void Detect_AdministrativeParagraph_FindsItsLanguage(string expected, string paragraph)
    {
        var detection = LanguageIdentifier.Default.Detect(paragraph);

        Assert.Equal(LanguageTag.Parse(expected), detection.Language);
    }

    [Fact]
    public void Detect_HeldOutUdhrParagraphs_MeetTheAccuracyBar()
    {
        var samples = LanguageIdEvaluation.UdhrHeldOut(Udhr.Directory);

        var report = LanguageIdEvaluation.Run(samples);

        foreach (var row in report.PerLanguage)
        {
            Assert.True(row.Accuracy >= 0.97, $"{row.Language}: {row.Correct}/{row.Samples} held-out paragraphs correct.\n{report.ToMarkdown()}");
        }

        Assert.Equal(9, report.PerLanguage.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Hola")]
    [InlineData("12/03/2024 — 15:30 h")]
    [InlineData("Bon dia a tots")]
    public void Detect_TooFewLetters_IsUndetermined(string text)
    {
        var detection = LanguageIdentifier.Default.Detect(text);

        Assert.Equal(LanguageTag.Undetermined, detection.Language);
        Assert.Equal(0, detection.Confidence);
        Assert.Empty(detection.Candidates);
    }

    [Fact]
    public void Detect_ExactlyTheMinimumLetters_IsDetermined()
    {
        var detection = LanguageIdentifier.Default.Detect("Eskerrik asko");

        Assert.Equal(LanguageIdentifier.MinimumLetters, "Eskerrikasko".Length);
        Assert.False(detection.Language.IsUndetermined);
    }

    [Fact]
    public void Detect_AnyText_CandidatesAreSortedProbabilitiesSummingToOne()
    {
        var detection = LanguageIdentifier.Default.Detect("Toda persona tiene derecho a la educación.");

        Assert.Equal(9, detection.Candidates.Count);
        Assert.Equal(1.0, detection.Candidates.Sum(c => c.Probability), 6);
        Assert.Equal(detection.Candidates[0].Probability, detection.Confidence);
        for (var i = 1; i < detection.Candidates.Count; i++)
        {
            Assert.True(detection.Candidates[i - 1].Probability >= detection.Candidates[i].Probability);
        }
    }

    [Fact]
    public void Detect_ValencianForms_ReportTheValencianVariant()
    {
        var detection = LanguageIdentifier.Default.Detect(
            "Vosté pot sol·licitar este servici a través de la seu electrònica, i la seua sol·licitud serà atesa en huit dies.");

        Assert.Equal(LanguageTag.Catalan, detection.Language);
        Assert.Equal(LanguageTag.Valencian, detection.Variant);
    }

    [Fact]
    public void Detect_ValencianInchoativeVerbs_ReportTheValencianVariant()
    {
        var detection = LanguageIdentifier.Default.Detect(
            "L'Ajuntament oferix ajudes a les famílies i garantix que la informació arribe a tothom a temps.");

        Assert.Equal(LanguageTag.Catalan, detection.Language);
        Assert.Equal(LanguageTag.Valencian, detection.Variant);
    }

    [Fact]
    public void Detect_CentralCatalanForms_ReportNoVariant()
    {
        var detection = LanguageIdentifier.Default.Detect(
            "Vostè pot sol·licitar aquest servei a través de la seu electrònica, i la seva sol·licitud serà atesa en vuit dies.");

        Assert.Equal(LanguageTag.Catalan, detection.Language);
        Assert.Null(detection.Variant);
    }

    [Fact]
    public void Default_CalledTwice_ReturnsTheSameInstance()
    {
        Assert.Same(LanguageIdentifier.Default, LanguageIdentifier.Default);
    }

    [Fact]
    public void Detect_TextLongerThanTheScoringCap_StillDetects()
    {
        var text = string.Concat(Enumerable.Repeat("Euskara da Euskal Herriko hizkuntza propioa. ", 200));

        Assert.Equal(LanguageTag.Basque, LanguageIdentifier.Default.Detect(text).Language);
    }
}
