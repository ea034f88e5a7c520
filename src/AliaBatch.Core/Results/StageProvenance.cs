namespace AliaBatch.Core.Results;

/// <summary>What ran for one stage of the pipeline on one document: enough to reproduce or audit the output.</summary>
public sealed record StageProvenance
{
    /// <summary>Stage name: extract, detect-language, segment, translate:ca, summarize, classify.</summary>
    public required string Stage { get; init; }

    /// <summary>The component and its version, e.g. <c>extractor:docx</c> or <c>langid:char-ngram/1</c>.</summary>
    public required string Component { get; init; }

    /// <summary>Model pack id, for model-backed stages.</summary>
    public string? Model { get; init; }

    /// <summary>SHA-256 of the model file, for model-backed stages.</summary>
    public string? ModelSha256 { get; init; }

    /// <summary>Prompt-template id and version, for generation stages.</summary>
    public string? PromptTemplate { get; init; }

    /// <summary>ONNX Runtime execution provider that ran the model (CUDA, CPU).</summary>
    public string? ExecutionProvider { get; init; }

    /// <summary>Tokens fed to the model.</summary>
    public int? TokensIn { get; init; }

    /// <summary>Tokens produced by the model.</summary>
    public int? TokensOut { get; init; }

    /// <summary>For a <c>glossary:{target}</c> stage: which glossary was applied and how often it matched and hit.</summary>
    public GlossaryUsage? Glossary { get; init; }

    /// <summary>Wall time of the stage in milliseconds.</summary>
    public double DurationMs { get; init; }
}
