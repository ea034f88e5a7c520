using System.Text.RegularExpressions;
using AliaBatch.Core.Languages;

namespace AliaBatch.Inference.Packs;

/// <summary>The values an import derives when <see cref="ModelPackImportOptions"/> leaves them out.</summary>
internal static partial class ImportDefaults
{
    public static readonly IReadOnlyList<LanguageTag> Languages =
        [LanguageTag.Spanish, LanguageTag.Catalan, LanguageTag.Basque, LanguageTag.Galician, LanguageTag.English];

    /// <summary>The family from the repository or folder name, else the config's model_type.</summary>
    public static string Family(string? repository, string folderName, string? modelType)
    {
        var name = $"{repository} {folderName}".ToLowerInvariant();
        if (name.Contains("salamandrata", StringComparison.Ordinal) || name.Contains("salamandra-ta", StringComparison.Ordinal))
        {
            return "salamandra-ta";
        }

        foreach (var family in new[] { "salamandra", "alia", "minilm", "mroberta", "roberta" })
        {
            if (name.Contains(family, StringComparison.Ordinal))
            {
                return family;
            }
        }

        return Sanitize(modelType ?? "unknown") ?? "unknown";
    }

    public static IReadOnlyList<ModelPackTask> Tasks(ModelPackFormat format, string family) => format switch
    {
        ModelPackFormat.OnnxDecoder when family == "salamandra-ta" => [ModelPackTask.Translate],
        ModelPackFormat.OnnxDecoder => [ModelPackTask.Summarize, ModelPackTask.Classify],
        ModelPackFormat.OnnxEncoderClassifier => [ModelPackTask.Classify],
        _ => [ModelPackTask.Embed],
    };

    /// <summary>Prompt template for decoders: the salamandraTA formats, or ChatML for other instruct models.</summary>
    public static string? PromptTemplate(ModelPackFormat format, string family, bool chatMl) => (format, family, chatMl) switch
    {
        (not ModelPackFormat.OnnxDecoder, _, _) => null,
        (_, "salamandra-ta", true) => "salamandra-ta-instruct/1",
        (_, "salamandra-ta", false) => "salamandra-ta/1",
        (_, _, true) => "chatml/1",
        _ => null,
    };

    /// <summary>A repository id from config.json's <c>_name_or_path</c>, when it is one (<c>org/name</c>, not a local path).</summary>
    public static string? Repository(string? nameOrPath) =>
        nameOrPath is not null && RepositoryPattern().IsMatch(nameOrPath) ? nameOrPath : null;

    /// <summary>A pack id from free text: lower-case, runs of other characters become '-'; null when nothing is left.</summary>
    public static string? Sanitize(string text)
    {
        var id = InvalidIdCharacters().Replace(text.ToLowerInvariant(), "-").Trim('-', '.', '_');
        return id.Length == 0 ? null : id[..Math.Min(id.Length, 128)];
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex("[^a-z0-9._-]+", RegexOptions.CultureInvariant)]
    private static partial Regex InvalidIdCharacters();
}
