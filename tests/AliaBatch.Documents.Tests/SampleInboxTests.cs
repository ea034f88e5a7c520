using Xunit;

namespace AliaBatch.Documents.Tests;

/// <summary>The bundled samples under samples/inbox are what the README's first command processes: all must extract.</summary>
public sealed class SampleInboxTests
{
    public static TheoryData<string, string, int> Samples => new()
    {
        { "notificacion-ibi-2025.docx", "docx", 1 },
        { "cita-centre-salut.pdf", "pdf", 1 },
        { "anuncio-concello.html", "html", 1 },
        { "udal-iragarkia.txt", "txt", 1 },
        { "resolucion-becas.md", "md", 1 },
        { "foreign-residents-notice.txt", "txt", 1 },
        { "avis-ajuntament-valencia.txt", "txt", 1 },
        { "aviso-bilingue-es-eu.txt", "txt", 1 },
        { "solicitudes-ciudadanas.jsonl", "jsonl", 3 },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task ExtractAsync_Sample_SucceedsWithText(string fileName, string format, int documents)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Samples", fileName), TestContext.Current.CancellationToken);

        var extracted = await Extraction.RunAsync(bytes, fileName);

        Assert.Equal(documents, extracted.Count);
        Assert.All(extracted, d => Assert.Equal((format, (Core.Errors.DocumentError?)null), (d.Format, d.Error)));
        Assert.All(extracted, d => Assert.True(d.Text.Length > 150, $"{fileName} yielded only {d.Text.Length} characters"));
    }

    [Fact]
    public void Samples_CoverEveryFileInTheInbox()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples")).Select(Path.GetFileName).Order();

        Assert.Equal(Samples.Select(row => row.Data.Item1).Order(), files);
    }
}
