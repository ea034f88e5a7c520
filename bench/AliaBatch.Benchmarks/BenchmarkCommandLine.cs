using System.CommandLine;
using AliaBatch.Benchmarks.Commands;

namespace AliaBatch.Benchmarks;

/// <summary>The <c>aliabatch-bench</c> command tree; <c>bench/run.sh</c> calls each command in turn.</summary>
internal static class BenchmarkCommandLine
{
    public static RootCommand Create() => new("AliaBatch performance suite: side-by-side figures written to docs/benchmarks.md.")
    {
        new EncoderCommand(),
        new StorageCommand(),
        new OrchestrationCommand(),
        new DurableLocalCommand(),
        new GenerationCommand(),
        new GpuCommand(),
        new ReportCommand(),
    };
}
