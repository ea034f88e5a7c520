namespace AliaBatch.Benchmarks.Generation;

/// <summary>Deterministic prompt ids for generated decoders: ids from 10 up, clear of the special ids (0–9).</summary>
internal static class PromptIds
{
    /// <summary>The EOS ids of the generated models' <c>generation_config.json</c>; suppressing them makes every row run to its budget.</summary>
    public static readonly IReadOnlyList<int> EosIds = [2, 5];

    public const int PadId = 0;

    /// <summary>One prompt per entry of <paramref name="lengths"/>, drawn from a seeded <see cref="Random"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Create(int seed, int vocabularySize, IEnumerable<int> lengths)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        var random = new Random(seed);
        return [.. lengths.Select(n => (IReadOnlyList<int>)[.. Enumerable.Range(0, n).Select(_ => random.Next(10, vocabularySize))])];
    }
}
