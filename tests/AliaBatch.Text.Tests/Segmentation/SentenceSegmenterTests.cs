using AliaBatch.Core.Languages;
using AliaBatch.Text.Segmentation;
using Xunit;

namespace AliaBatch.Text.Tests.Segmentation;

public sealed class SentenceSegmenterTests
{
    public static TheoryData<string, string, string[]> Paragraphs => new()
    {
        { "es", "Hola. ¿Qué tal? ¡Muy bien!", ["Hola.", "¿Qué tal?", "¡Muy bien!"] },
        { "es", "La Sra. García y el Sr. López firmaron. Después se fueron.", ["La Sra. García y el Sr. López firmaron.", "Después se fueron."] },
        { "es", "Excma. Sra. Dña. Ana Pérez, véase el art. 5 de la ley, núm. 12. Gracias.", ["Excma. Sra. Dña. Ana Pérez, véase el art. 5 de la ley, núm. 12.", "Gracias."] },
        { "es", "Compramos peras, manzanas, etc. y luego volvimos. Fue un buen día.", ["Compramos peras, manzanas, etc. y luego volvimos.", "Fue un buen día."] },
        { "es", "Trajeron libros, revistas, etc. Luego se marcharon.", ["Trajeron libros, revistas, etc.", "Luego se marcharon."] },
        { "es", "El índice subió un 3.5 por ciento y costó 1.000,50 euros. Es mucho.", ["El índice subió un 3.5 por ciento y costó 1.000,50 euros.", "Es mucho."] },
        { "es", "Quedó en 1.º lugar y su hermana en 2.ª posición. Bien.", ["Quedó en 1.º lugar y su hermana en 2.ª posición.", "Bien."] },
        { "es", "Pues... no sé qué decir. Bueno… Mañana hablamos.", ["Pues... no sé qué decir.", "Bueno…", "Mañana hablamos."] },
        { "es", "Dijo: «No vendré.» Nadie le creyó.", ["Dijo: «No vendré.»", "Nadie le creyó."] },
        { "es", "Respondió \"Vale.\" Y se fue (sin mirar atrás.) Fin.", ["Respondió \"Vale.\"", "Y se fue (sin mirar atrás.)", "Fin."] },
        { "es", "Escriba a info@ayto.es o visite www.ayto.es/tramites?id=3. Le atenderemos.", ["Escriba a info@ayto.es o visite www.ayto.es/tramites?id=3.", "Le atenderemos."] },
        { "es", "Lo firmó J. R. Martínez en Madrid. Nadie más.", ["Lo firmó J. R. Martínez en Madrid.", "Nadie más."] },
        { "es", "1. Toda persona tiene derecho a la vida. 2. Nadie será sometido a tortura.", ["1. Toda persona tiene derecho a la vida.", "2. Nadie será sometido a tortura."] },
        { "es", "Tel. 912 345 678. Horario de mañana.", ["Tel. 912 345 678.", "Horario de mañana."] },
        { "ca", "La col·laboració és il·limitada. Vegeu la pàg. 4 del document.", ["La col·laboració és il·limitada.", "Vegeu la pàg. 4 del document."] },
        { "ca", "El Sr. Puig i la Sra. Vila hi eren. L'acte va acabar tard.", ["El Sr. Puig i la Sra. Vila hi eren.", "L'acte va acabar tard."] },
        { "eu", "Ikus 25. or. eta 3. zk. dokumentua. Eskerrik asko.", ["Ikus 25. or. eta 3. zk. dokumentua.", "Eskerrik asko."] },
        { "eu", "2024. urtean hasi zen. Hurrengo urtean amaitu zen.", ["2024. urtean hasi zen.", "Hurrengo urtean amaitu zen."] },
        { "eu", "Hizkuntza asko daude, adib. Euskara eta gaztelania. Biak ofizialak dira.", ["Hizkuntza asko daude, adib. Euskara eta gaztelania.", "Biak ofizialak dira."] },
        { "gl", "Vexa a páx. 12 do informe. O Sr. Castro asinou.", ["Vexa a páx. 12 do informe.", "O Sr. Castro asinou."] },
        { "en", "Mr. Smith paid $3.50 at 5 p.m. on Friday. It was No. 7 on the list.", ["Mr. Smith paid $3.50 at 5 p.m. on Friday.", "It was No. 7 on the list."] },
        { "es", "Primera línea sin punto\n\nSegunda línea.", ["Primera línea sin punto", "Segunda línea."] },
        { "es", "Requisitos:\n- Ser mayor de edad\n- Residir en el municipio", ["Requisitos:", "- Ser mayor de edad", "- Residir en el municipio"] },
        { "es", "Una línea partida\npor el PDF continúa. Otra frase.", ["Una línea partida\npor el PDF continúa.", "Otra frase."] },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Split_Paragraph_FindsTheExpectedSentences(string language, string paragraph, string[] expected)
    {
        var sentences = SentenceSegmenter.Split(paragraph, LanguageTag.Parse(language));

        Assert.Equal(expected, sentences.Select(s => s.Text));
    }

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Split_Paragraph_OffsetsReassembleTheOriginal(string language, string paragraph, string[] expected)
    {
        var sentences = SentenceSegmenter.Split(paragraph, LanguageTag.Parse(language));

        Assert.Equal(expected.Length, sentences.Count);
        var position = 0;
        var rebuilt = new System.Text.StringBuilder();
        foreach (var sentence in sentences)
        {
            Assert.True(sentence.Start >= position);
            Assert.True(string.IsNullOrWhiteSpace(paragraph[position..sentence.Start]));
            Assert.Equal(sentence.Text, paragraph.Substring(sentence.Start, sentence.Length));
            Assert.False(char.IsWhiteSpace(sentence.Text[0]) || char.IsWhiteSpace(sentence.Text[^1]));
            rebuilt.Append(paragraph, position, sentence.Start - position).Append(sentence.Text);
            position = sentence.Start + sentence.Length;
        }

        rebuilt.Append(paragraph, position, paragraph.Length - position);
        Assert.Equal(paragraph, rebuilt.ToString());
    }

    [Fact]
    public void Split_LeadingAndTrailingWhitespace_IsOutsideTheSentences()
    {
        var sentences = SentenceSegmenter.Split("  Primera frase.   Segunda frase.  ", LanguageTag.Spanish);

        Assert.Equal([new Sentence("Primera frase.", 2, 14), new Sentence("Segunda frase.", 19, 14)], sentences);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Split_BlankParagraph_ReturnsNoSentences(string paragraph)
    {
        Assert.Empty(SentenceSegmenter.Split(paragraph, LanguageTag.Spanish));
    }

    [Fact]
    public void Split_UnknownLanguage_UsesTheSharedAbbreviations()
    {
        var sentences = SentenceSegmenter.Split("El Dr. Vidal llegó. Todo bien.", LanguageTag.Undetermined);

        Assert.Equal(["El Dr. Vidal llegó.", "Todo bien."], sentences.Select(s => s.Text));
    }
}
