namespace AliaBatch.Inference.Generation;

/// <summary>What a prompt template asks the model to do.</summary>
public enum PromptKind
{
    /// <summary>Translate from a source into a target language.</summary>
    Translate,

    /// <summary>Summarise a text in its own language.</summary>
    Summarize,
}
