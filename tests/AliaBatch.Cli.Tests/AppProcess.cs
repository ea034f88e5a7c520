using System.Diagnostics;
using System.Text;

namespace AliaBatch.Cli.Tests;

/// <summary>
/// A running child process of one of the apps copied next to the tests (<c>aliabatch serve</c> or the worker); its
/// output is kept for assertions and failure messages.
/// </summary>
internal sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private AppProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>aliabatch serve</c>.</summary>
    public static AppProcess Serve(string workingDirectory, IReadOnlyDictionary<string, string> environment) =>
        Start("aliabatch.dll", ["serve"], workingDirectory, environment);

    /// <summary>Starts the inference worker (<c>AliaBatch.Worker</c>) with its health endpoints on a free port.</summary>
    public static AppProcess Worker(string workingDirectory, IReadOnlyDictionary<string, string> environment) =>
        Start("AliaBatch.Worker.dll", [], workingDirectory, new Dictionary<string, string>(environment) { ["AliaBatch__Worker__HealthPort"] = "0" });

    private static AppProcess Start(string app, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, app));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new AppProcess(Process.Start(start)!);
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or a power cut.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
        }
    }
}
