using System.Globalization;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using AliaBatch.Orchestration.Orchestrators;

namespace AliaBatch.Benchmarks.Reporting;

/// <summary>The machine the figures come from, read from /proc and the runtime, and how the measured code was built.</summary>
internal sealed record MachineInfo(string Cpu, int LogicalCores, string Memory, string OperatingSystem, string Kernel, string DotNet, string Build)
{
    public static MachineInfo Read() => new(
        ProcValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        FormatMemory(ProcValue("/proc/meminfo", "MemTotal")),
        OsRelease() ?? RuntimeInformation.OSDescription,
        File.Exists("/proc/sys/kernel/osrelease") ? "Linux " + File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        IsReadyToRun(typeof(JobOrchestrator).Assembly.Location)
            ? "ReadyToRun: compiled ahead of time (`dotnet publish -r`), as docs/cli.md installs `aliabatch`"
            : "JIT only (`dotnet build`)");

    /// <summary>Whether the assembly at <paramref name="path"/> carries ahead-of-time compiled code (a ReadyToRun image).</summary>
    private static bool IsReadyToRun(string path)
    {
        using var reader = new PEReader(File.OpenRead(path));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    /// <summary>The 1-minute load average, or null off Linux.</summary>
    public static double? LoadAverage()
    {
        if (!File.Exists("/proc/loadavg"))
        {
            return null;
        }

        var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        return double.Parse(first, CultureInfo.InvariantCulture);
    }

    private static string? ProcValue(string file, string key)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        return File.ReadLines(file)
            .Where(l => l.StartsWith(key, StringComparison.Ordinal) && l.Contains(':', StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
    }

    private static string FormatMemory(string? memTotal)
    {
        if (memTotal is null || !long.TryParse(memTotal.Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kib))
        {
            return "unknown";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{kib / 1024.0 / 1024.0:F1} GiB");
    }

    private static string? OsRelease()
    {
        const string File = "/etc/os-release";
        return System.IO.File.Exists(File)
            ? System.IO.File.ReadLines(File).Where(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal)).Select(l => l["PRETTY_NAME=".Length..].Trim('"')).FirstOrDefault()
            : null;
    }
}
