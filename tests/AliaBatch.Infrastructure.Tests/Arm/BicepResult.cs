namespace AliaBatch.Infrastructure.Tests.Arm;

/// <summary>What one Bicep CLI invocation produced.</summary>
public sealed record BicepResult(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Exit code, command and both streams, for assertion messages.</summary>
    public string Describe() =>
        $"bicep {Command} exited {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{StandardOutput}{Environment.NewLine}stderr:{Environment.NewLine}{StandardError}";
}
