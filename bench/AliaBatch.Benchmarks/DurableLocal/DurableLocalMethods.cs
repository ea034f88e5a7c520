namespace AliaBatch.Benchmarks.DurableLocal;

/// <summary>The hosts the durable local benchmark runs the same job through.</summary>
internal static class DurableLocalMethods
{
    /// <summary><c>aliabatch serve</c>'s backend: the Durable Task Azure Storage backend on Azurite.</summary>
    public const string DurableLocal = "durable-local";

    /// <summary><c>aliabatch run</c>'s backend: the in-memory Durable Task backend, on the same Azurite containers.</summary>
    public const string Embedded = "embedded";

    public static IReadOnlyList<string> All { get; } = [DurableLocal, Embedded];
}
