namespace AliaBatch.Inference.Generation;

/// <summary>Why a sequence stopped growing.</summary>
public enum FinishReason
{
    /// <summary>It produced one of the EOS ids (kept as its last token).</summary>
    Eos,

    /// <summary>It reached the most new tokens or the maximum length.</summary>
    MaxLength,

    /// <summary>Its generated text contains a stop string.</summary>
    StopString,
}
