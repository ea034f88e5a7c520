namespace AliaBatch.Benchmarks;

/// <summary>The exit codes of <c>aliabatch-bench</c>.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A prerequisite is missing (Azurite not installed, a results file absent).</summary>
    public const int MissingPrerequisite = 4;
}
