using System.Diagnostics;
using System.Reflection;

namespace AliaBatch.Infrastructure.Tests.Arm;

/// <summary>Runs the Bicep CLI restored from the Azure.Bicep.CommandLine.linux-x64 package.</summary>
public static class BicepCli
{
    private static readonly Lazy<string> s_executable = new(FindExecutable);

    /// <summary>Full path of the bicep executable.</summary>
    public static string ExecutablePath => s_executable.Value;

    /// <summary>Runs bicep with the arguments in the working directory and captures both streams.</summary>
    public static async Task<BicepResult> RunAsync(
        IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var startInfo = new ProcessStartInfo(ExecutablePath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {ExecutablePath}.");
        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new BicepResult(
            string.Join(' ', arguments), process.ExitCode, await standardOutput, await standardError);
    }

    private static string FindExecutable()
    {
        var packageDirectory = typeof(BicepCli).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "BicepPackageDirectory")?.Value;
        if (string.IsNullOrEmpty(packageDirectory))
        {
            throw new InvalidOperationException(
                "BicepPackageDirectory metadata is missing: restore the Azure.Bicep.CommandLine.linux-x64 package (GeneratePathProperty).");
        }

        var executable = Path.Combine(packageDirectory, "tools", "bicep");
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException($"The Bicep CLI is not at {executable}.", executable);
        }

        // NuGet extraction does not always keep the executable bit.
        var mode = File.GetUnixFileMode(executable);
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(executable, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return executable;
    }
}
