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
        DescribeBuild(typeof(JobOrchestrator).Assembly.Location));

    // READYTORUN_FLAG_UNRELATED_R2R_CODE: the image holds code for generics defined in other assemblies.
    private const uint CrossModuleCodeFlag = 0x80;

    /// <summary>How the assembly at <paramref name="path"/> was compiled, from its ReadyToRun header (if it has one).</summary>
    private static string DescribeBuild(string path)
    {
        using var reader = new PEReader(File.OpenRead(path));
        if (reader.PEHeaders.CorHeader is not { ManagedNativeHeaderDirectory: { Size: > 0 } header })
        {
            return "JIT only (`dotnet build`)";
        }

        // READYTORUN_HEADER: signature, major and minor version, flags.
        var blob = reader.GetSectionData(header.RelativeVirtualAddress).GetReader();
        blob.Offset = sizeof(uint) + (2 * sizeof(ushort));
        return (blob.ReadUInt32() & CrossModuleCodeFlag) != 0
            ? "ReadyToRun with cross-module generics: compiled ahead of time (`dotnet publish -r`), as docs/cli.md installs `aliabatch`"
            : "ReadyToRun without cross-module generics: compiled ahead of time (`dotnet publish -r`)";
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
