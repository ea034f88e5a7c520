namespace AliaBatch.Benchmarks.Generation;

/// <summary>Padding efficiency of the generation batch planner against arrival-order batches on Spanish sentence lengths.</summary>
/// <param name="Sentences">Prompts planned.</param>
/// <param name="MinTokens">Shortest prompt.</param>
/// <param name="MaxTokens">Longest prompt.</param>
/// <param name="MeanTokens">Mean prompt length.</param>
/// <param name="TokenBudget">The planner's budget (rows × longest prompt per batch).</param>
/// <param name="Comparisons">One row per maximum batch size.</param>
internal sealed record PaddingResults(int Sentences, int MinTokens, int MaxTokens, double MeanTokens, int TokenBudget, IReadOnlyList<PaddingComparison> Comparisons);
