using AliaBatch.Core.Languages;

namespace AliaBatch.Inference.Packs;

/// <summary>What <see cref="ModelPackImporter"/> cannot read from an export folder, or what overrides it; every value is optional.</summary>
public sealed class ModelPackImportOptions
{
    /// <summary>Pack id; default: the export folder's name, lower-cased.</summary>
    public string? Id { get; init; }

    /// <summary>Family; default: guessed from the source repository or folder name (salamandra-ta, salamandra, alia, minilm, roberta), else <c>model_type</c>.</summary>
    public string? Family { get; init; }

    /// <summary>Version; default: <see cref="SourceRevision"/>, else <c>1</c>.</summary>
    public string? Version { get; init; }

    /// <summary>Tasks; default by format: decoder → summarize + classify (salamandra-ta: translate), classifier → classify, embedding → embed.</summary>
    public IReadOnlyList<ModelPackTask>? Tasks { get; init; }

    /// <summary>Languages; default: es, ca, eu, gl, en (the product's languages).</summary>
    public IReadOnlyList<LanguageTag>? Languages { get; init; }

    /// <summary>Licence; default: the <c>license:</c> of the export's README front matter, when there is one.</summary>
    public string? Licence { get; init; }

    /// <summary>Prompt template id; default for decoders: <c>salamandra-ta-instruct/1</c>, <c>salamandra-ta/1</c> or <c>chatml/1</c>.</summary>
    public string? PromptTemplate { get; init; }

    /// <summary>Hugging Face repository; default: <c>_name_or_path</c> of <c>config.json</c> when it names a repository.</summary>
    public string? SourceRepository { get; init; }

    /// <summary>Source revision (commit or tag).</summary>
    public string? SourceRevision { get; init; }

    /// <summary>Replace an existing pack with the same id instead of refusing.</summary>
    public bool Overwrite { get; init; }
}
