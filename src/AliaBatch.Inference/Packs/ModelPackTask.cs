namespace AliaBatch.Inference.Packs;

/// <summary>A pipeline task a pack can serve (<c>tasks</c> in <c>model.json</c>).</summary>
public enum ModelPackTask
{
    /// <summary>Machine translation.</summary>
    Translate,

    /// <summary>Abstractive summarisation.</summary>
    Summarize,

    /// <summary>Classification (fine-tuned head, zero-shot by prompt, or zero-shot by embeddings).</summary>
    Classify,

    /// <summary>Sentence embeddings.</summary>
    Embed,
}
