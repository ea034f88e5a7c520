namespace AliaBatch.Orchestration;

/// <summary>External events the job orchestrator listens for.</summary>
public static class JobEvents
{
    /// <summary>Stop dispatching, keep finished results, record the rest as cancelled and end <c>Cancelled</c>.</summary>
    public const string Cancel = "cancel";
}
