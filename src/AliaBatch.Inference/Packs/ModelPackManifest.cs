using AliaBatch.Core.Languages;

namespace AliaBatch.Inference.Packs;

/// <summary>
/// A model pack's <c>model.json</c> (schema <c>model-pack.v1.json</c>, documented in docs/models.md): what the model
/// is, which tasks and languages it serves, how to run it, and the SHA-256 of every file in the pack.
/// </summary>
public sealed partial record ModelPackManifest
{
    /// <summary>The manifest's file name inside a pack folder.</summary>
    public const string FileName = "model.json";

    /// <summary>The schema version this build reads and writes.</summary>
    public const string CurrentSchemaVersion = "1";

    /// <summary>Schema version (<c>"1"</c>).</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Pack id: lower-case letters, digits, '.', '_', '-'; the folder name and blob prefix <c>models/{id}/</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Model family (<c>salamandra</c>, <c>salamandra-ta</c>, <c>alia</c>, <c>roberta</c>, <c>minilm</c> …).</summary>
    public required string Family { get; init; }

    /// <summary>Pack version, free text (e.g. the source revision or a date).</summary>
    public required string Version { get; init; }

    /// <summary>Tasks the pack serves.</summary>
    public required IReadOnlyList<ModelPackTask> Tasks { get; init; }

    /// <summary>Languages the model handles.</summary>
    public required IReadOnlyList<LanguageTag> Languages { get; init; }

    /// <summary>How the graph is run.</summary>
    public required ModelPackFormat Format { get; init; }

    /// <summary>Path of the ONNX graph, relative to the pack folder; one of <see cref="Files"/>.</summary>
    public required string Model { get; init; }

    /// <summary>Every file of the pack except <c>model.json</c>, with its hash and size.</summary>
    public required IReadOnlyList<ModelPackFile> Files { get; init; }

    /// <summary>The tokenizer and its files.</summary>
    public required ModelPackTokenizer Tokenizer { get; init; }

    /// <summary>Prompt template id and version for decoders (e.g. <c>salamandra-ta-instruct/1</c>).</summary>
    public string? PromptTemplate { get; init; }

    /// <summary>Decoding defaults (decoders).</summary>
    public ModelPackGeneration? Generation { get; init; }

    /// <summary>Class labels in logit order (classifiers: the export's <c>id2label</c>).</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Element type of the weights and outputs: float32, float16, bfloat16, int8, int4.</summary>
    public string? Dtype { get; init; }

    /// <summary>Longest sequence the model accepts, in tokens.</summary>
    public int? ContextLength { get; init; }

    /// <summary>Licence of the weights (SPDX id where there is one, e.g. <c>apache-2.0</c>).</summary>
    public string? Licence { get; init; }

    /// <summary><c>model_type</c> from the export's <c>config.json</c>.</summary>
    public string? ModelType { get; init; }

    /// <summary>Where the weights came from.</summary>
    public ModelPackSource? Source { get; init; }

    /// <summary>Whether the pack serves <paramref name="task"/>.</summary>
    public bool Serves(ModelPackTask task) => Tasks.Contains(task);

    /// <summary>Whether the pack handles <paramref name="language"/> (or the language it is a regional form of).</summary>
    public bool Handles(LanguageTag language) => Languages.Any(l => language.IsWithin(l) || l.IsWithin(language));

    /// <summary>The listed file with this path, or null.</summary>
    public ModelPackFile? FindFile(string path) => Files.FirstOrDefault(f => string.Equals(f.Path, path, StringComparison.Ordinal));
}
