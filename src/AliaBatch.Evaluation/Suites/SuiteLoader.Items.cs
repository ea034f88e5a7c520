using System.Globalization;
using System.Text.Json;
using AliaBatch.Core.Languages;

namespace AliaBatch.Evaluation.Suites;

public static partial class SuiteLoader
{
    private static List<SuiteItem> ParseItems(SuiteManifest manifest, string jsonl, string file)
    {
        var items = new List<SuiteItem>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = jsonl.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var text = lines[index].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var line = index + 1;
            var item = ParseItem(text, file, line);
            if (firstLine.TryGetValue(item.Id, out var first))
            {
                throw new SuiteValidationException(
                    file, line, "id", string.Create(CultureInfo.InvariantCulture, $"'{item.Id}' is already used on line {first}."));
            }

            firstLine[item.Id] = line;
            ValidateItem(manifest, item, file, line);
            items.Add(item);
        }

        return items.Count > 0 ? items : throw new SuiteValidationException(file, null, null, "the suite has no items.");
    }

    private static SuiteItem ParseItem(string text, string file, int line)
    {
        try
        {
            return JsonSerializer.Deserialize<SuiteItem>(text, SuiteJson.Item)
                ?? throw new SuiteValidationException(file, line, null, "expected a JSON object, found null.");
        }
        catch (JsonException ex)
        {
            throw FromJson(file, line, ex);
        }
    }

    private static void ValidateItem(SuiteManifest manifest, SuiteItem item, string file, int line)
    {
        Require(string.IsNullOrWhiteSpace(item.Id), "id", "must not be empty.");
        Require(string.IsNullOrWhiteSpace(item.Source), "source", "must not be empty.");
        var task = manifest.Task;
        var langid = task == SuiteTask.LanguageIdentification;
        Require(!langid && item.SourceLanguage is null, "sourceLanguage", $"is required in {Describe(task)} suites.");
        Require(task != SuiteTask.Translation && item.TargetLanguage is not null, "targetLanguage", $"is not used in {Describe(task)} suites.");
        Require(task != SuiteTask.Classification && item.Label is not null, "label", $"is not used in {Describe(task)} suites.");
        Require(!langid && item.ExpectedLanguage is not null, "expectedLanguage", $"is not used in {Describe(task)} suites.");
        var needsReferences = task is SuiteTask.Translation or SuiteTask.Summarization;
        Require(!needsReferences && item.References.Count > 0, "references", $"are not used in {Describe(task)} suites.");
        Require(needsReferences && item.References.Count == 0, "references", "list at least one reference.");
        for (var r = 0; r < item.References.Count; r++)
        {
            Require(string.IsNullOrWhiteSpace(item.References[r]), string.Create(CultureInfo.InvariantCulture, $"references[{r}]"), "must not be empty.");
        }

        switch (task)
        {
            case SuiteTask.Translation:
                Require(item.TargetLanguage is null, "targetLanguage", "is required in translation suites.");
                Require(!manifest.Pairs.Contains(item.Pair), "targetLanguage", $"the direction {item.Pair} is not listed in the suite's pairs.");
                break;
            case SuiteTask.Classification:
                Require(string.IsNullOrWhiteSpace(item.Label), "label", "is required in classification suites.");
                Require(manifest.Labels.Count > 0 && !manifest.Labels.Contains(item.Label!), "label", $"'{item.Label}' is not one of the suite's labels.");
                break;
            case SuiteTask.LanguageIdentification:
                Require(item.ExpectedLanguage is null, "expectedLanguage", "is required in language-identification suites.");
                break;
            default:
                break;
        }

        var language = langid ? item.ExpectedLanguage : item.SourceLanguage;
        Require(manifest.Languages.Count > 0 && !manifest.Languages.Contains((LanguageTag)language!), langid ? "expectedLanguage" : "sourceLanguage", $"'{language}' is not one of the suite's languages.");

        void Require(bool failed, string field, string problem)
        {
            if (failed)
            {
                throw new SuiteValidationException(file, line, field, problem);
            }
        }
    }
}
