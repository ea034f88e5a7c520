using AliaBatch.Core.Languages;
using AliaBatch.Evaluation.Suites;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Suites;

public sealed class SuiteLoaderTests
{
    private const string GoodItem = """{"id":"a","source":"Hola","sourceLanguage":"es","targetLanguage":"ca","references":["Hola"]}""";

    private static SuiteValidationException ParseFails(string manifest, string items) =>
        Assert.Throws<SuiteValidationException>(() => SuiteLoader.Parse(manifest, items, "x/suite.json", "x/items.jsonl"));

    [Fact]
    public void Parse_ValidTranslationSuite_LoadsManifestAndItems()
    {
        var suite = SuiteLoader.Parse(SuiteSamples.Manifest(extra: SuiteSamples.Pairs), GoodItem + "\n\n", "suite.json", "items.jsonl");

        Assert.Equal("sample", suite.Id);
        Assert.Equal(SuiteTask.Translation, suite.Manifest.Task);
        Assert.Equal(new LanguagePair(LanguageTag.Spanish, LanguageTag.Catalan), Assert.Single(suite.Items).Pair);
        Assert.Equal(1.5, suite.Manifest.Metrics[0].RegressionThreshold);
    }

    [Fact]
    public void Parse_ItemWithoutReferences_NamesFileLineAndField()
    {
        var items = GoodItem + "\n" + """{"id":"b","source":"Adiós","sourceLanguage":"es","targetLanguage":"ca"}""";

        var error = ParseFails(SuiteSamples.Manifest(extra: SuiteSamples.Pairs), items);

        Assert.Equal(("x/items.jsonl", 2, "references"), (error.File, error.Line, error.Field));
        Assert.StartsWith("x/items.jsonl:2: field 'references':", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyReference_NamesIndexedField()
    {
        var error = ParseFails(SuiteSamples.Manifest(extra: SuiteSamples.Pairs), """{"id":"a","source":"Hola","sourceLanguage":"es","targetLanguage":"ca","references":["Hola"," "]}""");

        Assert.Equal((1, "references[1]"), (error.Line, error.Field));
    }

    [Fact]
    public void Parse_MisspelledField_NamesLineAndField()
    {
        var error = ParseFails(SuiteSamples.Manifest(extra: SuiteSamples.Pairs), GoodItem + "\n" + GoodItem.Replace("\"a\"", "\"b\"", StringComparison.Ordinal).Replace("references", "refrences", StringComparison.Ordinal));

        Assert.Equal(2, error.Line);
        Assert.Contains("refrences", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenJson_NamesLine()
    {
        var error = ParseFails(SuiteSamples.Manifest(extra: SuiteSamples.Pairs), GoodItem + "\n{\"id\":\"b\",");

        Assert.Equal("x/items.jsonl", error.File);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Parse_DuplicateId_NamesBothLines()
    {
        var error = ParseFails(SuiteSamples.Manifest(extra: SuiteSamples.Pairs), GoodItem + "\n" + GoodItem);

        Assert.Equal((2, "id"), (error.Line, error.Field));
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DirectionNotInPairs_NamesTargetLanguage()
    {
        var error = ParseFails(SuiteSamples.Manifest(extra: SuiteSamples.Pairs), GoodItem.Replace("\"ca\"", "\"eu\"", StringComparison.Ordinal));

        Assert.Equal((1, "targetLanguage"), (error.Line, error.Field));
        Assert.Contains("es→eu", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidLanguageTag_NamesField()
    {
        var error = ParseFails(SuiteSamples.Manifest(extra: SuiteSamples.Pairs), GoodItem.Replace("\"es\"", "\"not a tag\"", StringComparison.Ordinal));

        Assert.Equal((1, "sourceLanguage"), (error.Line, error.Field));
    }

    [Fact]
    public void Parse_LabelInTranslationSuite_IsRejected()
    {
        var error = ParseFails(SuiteSamples.Manifest(extra: SuiteSamples.Pairs), GoodItem.Replace("}", ",\"label\":\"x\"}", StringComparison.Ordinal));

        Assert.Equal((1, "label"), (error.Line, error.Field));
    }

    [Fact]
    public void Parse_MetricOfAnotherTask_NamesManifestField()
    {
        var manifest = SuiteSamples.Manifest(extra: SuiteSamples.Pairs).Replace("\"chrf\"", "\"rougeL\"", StringComparison.Ordinal);

        var error = ParseFails(manifest, GoodItem);

        Assert.Equal(("x/suite.json", 7, "metrics[0].name"), (error.File, error.Line, error.Field));
        Assert.StartsWith("x/suite.json:7: field 'metrics[0].name': 'rougeL' is not a translation metric", error.Message, StringComparison.Ordinal);
        Assert.Contains("bleu, chrf, chrf++, ter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NegativeThreshold_NamesField()
    {
        var error = ParseFails(SuiteSamples.Manifest(extra: SuiteSamples.Pairs).Replace("1.5", "-1", StringComparison.Ordinal), GoodItem);

        Assert.Equal((7, "metrics[0].regressionThreshold"), (error.Line, error.Field));
    }

    [Fact]
    public void Parse_ManifestWithoutLicence_NamesFieldAndTheLineOfItsObject()
    {
        var manifest = SuiteSamples.Manifest(extra: SuiteSamples.Pairs).Replace(", \"licence\": \"CC0\"", string.Empty, StringComparison.Ordinal);

        var error = ParseFails(manifest, GoodItem);

        Assert.Equal(("x/suite.json", 8, "data.licence"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void Parse_ManifestSyntaxError_NamesLine()
    {
        var manifest = SuiteSamples.Manifest(extra: SuiteSamples.Pairs).Replace("\"version\": \"1\",", "\"version\": 1,", StringComparison.Ordinal);

        var error = ParseFails(manifest, GoodItem);

        Assert.Equal(("x/suite.json", 3, "version"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void Parse_UnknownTask_NamesTaskField()
    {
        var error = ParseFails(SuiteSamples.Manifest(task: "poetry"), GoodItem);

        Assert.Equal("task", error.Field);
    }

    [Fact]
    public void Parse_TranslationSuiteWithoutPairs_NamesPairs()
    {
        var error = ParseFails(SuiteSamples.Manifest(), GoodItem);

        Assert.Equal(("pairs", null), (error.Field, error.Line));
    }

    [Fact]
    public void Parse_NoItems_NamesItemsFile()
    {
        var error = ParseFails(SuiteSamples.Manifest(extra: SuiteSamples.Pairs), "\n");

        Assert.Equal(("x/items.jsonl", null), (error.File, error.Line));
    }

    [Fact]
    public void Parse_LanguageIdentificationItemWithoutExpectedLanguage_NamesField()
    {
        var error = ParseFails(SuiteSamples.Manifest(task: "language-identification"), """{"id":"a","source":"Kaixo mundua"}""");

        Assert.Equal((1, "expectedLanguage"), (error.Line, error.Field));
    }

    [Fact]
    public void Parse_ClassificationLabelOutsideLabelSet_NamesLabel()
    {
        var manifest = SuiteSamples.Manifest(task: "classification", extra: """ "labels": ["health", "tax"], """);

        var error = ParseFails(manifest, """{"id":"a","source":"Text","sourceLanguage":"es","label":"sport"}""");

        Assert.Equal((1, "label"), (error.Line, error.Field));
    }

    [Fact]
    public async Task LoadAsync_StarterSuites_LoadWithTheirItems()
    {
        var translation = await SuiteSamples.LoadStarterAsync("udhr-translation");
        var langid = await SuiteSamples.LoadStarterAsync("udhr-langid");

        Assert.Equal(12, translation.Manifest.Pairs.Count);
        Assert.Equal(360, translation.Items.Count);
        Assert.All(translation.Manifest.Pairs, pair => Assert.Equal(30, translation.Items.Count(i => i.Pair == pair)));
        Assert.Equal(SuiteTask.LanguageIdentification, langid.Manifest.Task);
        Assert.Equal(128, langid.Items.Count);
        Assert.Contains("MIT", langid.Manifest.Data.Licence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_IdDifferentFromFolder_NamesIdField()
    {
        using var folder = new TemporaryFolder();
        folder.WriteFile("other/suite.json", SuiteSamples.Manifest(extra: SuiteSamples.Pairs));
        folder.WriteFile("other/items.jsonl", GoodItem);

        var error = await Assert.ThrowsAsync<SuiteValidationException>(() => SuiteLoader.LoadAsync(folder.Combine("other"), TestContext.Current.CancellationToken));

        Assert.Equal("id", error.Field);
        Assert.Contains("'other'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_MissingItemsFile_NamesTheFile()
    {
        using var folder = new TemporaryFolder();
        folder.WriteFile("sample/suite.json", SuiteSamples.Manifest(extra: SuiteSamples.Pairs));

        var error = await Assert.ThrowsAsync<SuiteValidationException>(() => SuiteLoader.LoadAsync(folder.Combine("sample"), TestContext.Current.CancellationToken));

        Assert.Equal(folder.Combine("sample", "items.jsonl"), error.File);
    }

    [Fact]
    public async Task LoadAsync_FromObjectStore_LoadsTheSuite()
    {
        using var folder = new TemporaryFolder();
        folder.WriteFile("suites/sample/suite.json", SuiteSamples.Manifest(extra: SuiteSamples.Pairs));
        folder.WriteFile("suites/sample/items.jsonl", GoodItem);

        var suite = await SuiteLoader.LoadAsync(new FileSystemObjectStore(folder.Path), "suites/sample", TestContext.Current.CancellationToken);

        Assert.Equal("a", Assert.Single(suite.Items).Id);
    }
}
