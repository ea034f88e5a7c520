namespace AliaBatch.Benchmarks.Generation;

/// <summary>Batch-1 greedy generation with the KV cache against recomputing the whole sequence every step.</summary>
/// <param name="PromptTokens">Prompt length.</param>
/// <param name="NewTokens">Tokens generated (EOS suppressed).</param>
/// <param name="CacheSeconds">Measured runs with the cache.</param>
/// <param name="RecomputeSeconds">Measured runs without it.</param>
/// <param name="Speedup">Median recompute time over median cache time.</param>
internal sealed record CacheComparison(int PromptTokens, int NewTokens, IReadOnlyList<double> CacheSeconds, IReadOnlyList<double> RecomputeSeconds, double Speedup);
