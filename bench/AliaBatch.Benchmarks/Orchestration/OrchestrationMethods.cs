namespace AliaBatch.Benchmarks.Orchestration;

/// <summary>The two ways the orchestration benchmark runs the same job.</summary>
internal static class OrchestrationMethods
{
    /// <summary><c>EmbeddedJobHost.RunAsync</c>: the durable orchestrations on the in-memory backend, as <c>aliabatch run</c> does.</summary>
    public const string Embedded = "embedded";

    /// <summary>A plain loop calling the same activities with the same parallelism, no Durable Task at all.</summary>
    public const string Direct = "direct";

    public static readonly IReadOnlyList<string> All = [Direct, Embedded];
}
