using AliaBatch.Evaluation.Suites;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Suites;

public sealed class SuiteWriterTests
{
    [Fact]
    public async Task WriteAsync_ThenLoad_RoundTrips()
    {
        using var folder = new TemporaryFolder();
        var suite = SuiteSamples.Translation(("es", "ca", "Hola", ["Hola", "Bon dia"]), ("ca", "es", "Adéu", ["Adiós"]));

        var directory = await SuiteWriter.WriteAsync(suite, folder.Path, TestContext.Current.CancellationToken);
        var loaded = await SuiteLoader.LoadAsync(directory, TestContext.Current.CancellationToken);

        Assert.Equal(suite.Manifest.Pairs, loaded.Manifest.Pairs);
        Assert.Equal(suite.Items.Select(i => (i.Id, i.Source, i.Pair, string.Join("|", i.References))), loaded.Items.Select(i => (i.Id, i.Source, i.Pair, string.Join("|", i.References))));
    }

    [Fact]
    public void ToItemsJsonl_LanguageIdentificationItem_OmitsUnusedFields()
    {
        var item = new SuiteItem { Id = "a", Source = "Kaixo", ExpectedLanguage = Core.Languages.LanguageTag.Basque };

        Assert.Equal("{\"id\":\"a\",\"source\":\"Kaixo\",\"expectedLanguage\":\"eu\"}\n", SuiteWriter.ToItemsJsonl([item]));
    }
}
