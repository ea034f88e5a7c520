namespace AliaBatch.Worker;

/// <summary>Process exit codes of the worker.</summary>
public static class ExitCodes
{
    /// <summary>Stopped normally.</summary>
    public const int Success = 0;

    /// <summary>Start-up failed for a reason other than the models (invalid settings, unreachable storage, …).</summary>
    public const int StartupFailed = 1;

    /// <summary>A setting is invalid; the message on standard error names the key.</summary>
    public const int InvalidSettings = 2;

    /// <summary>A configured model pack is missing, incomplete or corrupt, or its model does not load.</summary>
    public const int ModelsUnavailable = 3;
}
