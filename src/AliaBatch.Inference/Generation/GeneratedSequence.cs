namespace AliaBatch.Inference.Generation;

/// <summary>One prompt's output.</summary>
/// <param name="PromptIds">The prompt ids, unpadded.</param>
/// <param name="GeneratedIds">The generated ids, the EOS id included when it stopped on one.</param>
/// <param name="FinishReason">Why generation stopped.</param>
/// <param name="Score">
/// For beam search, the hypothesis score: sum of the log-probabilities of the generated ids divided by
/// <c>GeneratedIds.Count ^ LengthPenalty</c>; null for greedy decoding and sampling.
/// </param>
public sealed record GeneratedSequence(IReadOnlyList<int> PromptIds, IReadOnlyList<int> GeneratedIds, FinishReason FinishReason, double? Score = null)
{
    /// <summary>The prompt followed by the generated ids.</summary>
    public IReadOnlyList<int> Sequence => [.. PromptIds, .. GeneratedIds];
}
