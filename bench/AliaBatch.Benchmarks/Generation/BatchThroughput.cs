namespace AliaBatch.Benchmarks.Generation;

/// <summary>Greedy generation at one batch size: every row gets the same prompt length and exactly <paramref name="NewTokens"/> tokens.</summary>
/// <param name="BatchSize">Rows decoded together.</param>
/// <param name="PromptTokens">Prompt length of every row.</param>
/// <param name="NewTokens">Tokens generated per row (EOS suppressed).</param>
/// <param name="Seconds">Wall time of each measured <c>Generate</c> call, prefill included.</param>
/// <param name="TokensPerSecond">Generated tokens over the median time.</param>
internal sealed record BatchThroughput(int BatchSize, int PromptTokens, int NewTokens, IReadOnlyList<double> Seconds, double TokensPerSecond);
