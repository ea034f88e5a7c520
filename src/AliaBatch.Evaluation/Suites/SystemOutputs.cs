namespace AliaBatch.Evaluation.Suites;

/// <summary>A system's outputs for a suite, keyed by item id.</summary>
/// <param name="System">The system's name as it appears in reports and result paths (model name, or model and settings).</param>
/// <param name="Items">The outputs by <see cref="SuiteItem.Id"/>; items left out count as missing and are scored as empty.</param>
public sealed record SystemOutputs(string System, IReadOnlyDictionary<string, SystemOutput> Items)
{
    /// <summary>The run's wall-clock time in seconds, when known; rates divide by it instead of the sum of latencies.</summary>
    public double? ElapsedSeconds { get; init; }
}
