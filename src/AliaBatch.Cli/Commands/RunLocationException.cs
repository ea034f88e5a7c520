namespace AliaBatch.Cli.Commands;

/// <summary>An input or output location that cannot be used; carries the exit code to return.</summary>
internal sealed class RunLocationException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
