using System.Diagnostics;
using System.Text.Json;

namespace AliaBatch.Benchmarks.Measurement;

/// <summary>
/// Runs one measurement of <c>aliabatch-bench</c> in a fresh child process and reads the JSON line it prints last, so
/// each measurement starts from a cold process: its own memory peak, JIT and heap, nothing carried over from the last.
/// </summary>
internal static class BenchmarkChild
{
    public static async Task<T> RunAsync<T>(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string description, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (!Environment.ProcessPath!.EndsWith("aliabatch-bench", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(BenchmarkChild).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the benchmark child process.");
        var output = await child.StandardOutput.ReadToEndAsync(cancellationToken);
        await child.WaitForExitAsync(cancellationToken);
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The {description} exited {child.ExitCode}.");
        }

        return JsonSerializer.Deserialize<T>(output.Trim().Split('\n')[^1])
            ?? throw new InvalidOperationException($"The {description} printed no measurement.");
    }
}
