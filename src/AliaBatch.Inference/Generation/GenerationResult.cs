namespace AliaBatch.Inference.Generation;

/// <summary>One prompt's generated text with its ids, counts and the timing of the batch it ran in.</summary>
/// <param name="Text">The generated text: special tokens left out, cut before the first stop string.</param>
/// <param name="PromptTokenIds">The encoded prompt (BOS included).</param>
/// <param name="GeneratedTokenIds">The generated ids (the EOS id included when it stopped on one).</param>
/// <param name="FinishReason">Why generation stopped.</param>
/// <param name="Score">The beam hypothesis score; null without beams.</param>
/// <param name="BatchIndex">Which batch of the call ran this prompt (batches are formed by length).</param>
/// <param name="BatchSize">Prompts in that batch.</param>
/// <param name="BatchElapsed">Wall time of that batch's generation (shared by its prompts).</param>
public sealed record GenerationResult(
    string Text,
    IReadOnlyList<int> PromptTokenIds,
    IReadOnlyList<int> GeneratedTokenIds,
    FinishReason FinishReason,
    double? Score,
    int BatchIndex,
    int BatchSize,
    TimeSpan BatchElapsed)
{
    /// <summary>Tokens in (the prompt).</summary>
    public int TokensIn => PromptTokenIds.Count;

    /// <summary>Tokens out (generated).</summary>
    public int TokensOut => GeneratedTokenIds.Count;
}
