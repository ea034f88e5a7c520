namespace AliaBatch.Inference.Classification;

/// <summary>How logits become label probabilities.</summary>
public enum ClassificationMode
{
    /// <summary>Exactly one label: softmax over the logits.</summary>
    SingleLabel,

    /// <summary>Any number of labels: an independent sigmoid per logit, compared with a threshold.</summary>
    MultiLabel,
}
