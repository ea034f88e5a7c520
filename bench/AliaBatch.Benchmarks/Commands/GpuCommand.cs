using System.CommandLine;
using AliaBatch.Benchmarks.Gpu;

namespace AliaBatch.Benchmarks.Commands;

/// <summary>
/// <c>aliabatch-bench gpu</c>: the salamandra-2b-shaped fp16 decoder on CUDA — prefill and decode tokens/s per batch
/// size against the H100 bandwidth roofline; writes a Markdown fragment for docs/benchmarks.md. Run through
/// bench/gpu/run-gpu-benchmark.sh; <c>--dry-run</c> takes the same path on the CPU with a tiny decoder.
/// </summary>
internal sealed class GpuCommand : Command
{
    private readonly Option<FileInfo> _out = new("--out")
    {
        Description = "The Markdown fragment to write.",
        DefaultValueFactory = _ => new FileInfo(Path.Combine("artifacts", "bench", "gpu.md")),
    };

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Tiny fp16 decoder on the CPU: proves the code path, measures nothing meaningful." };
    private readonly Option<string> _card = new("--card") { Description = "The GPU's name for the fragment (bench/gpu/run-gpu-benchmark.sh passes nvidia-smi's).", DefaultValueFactory = _ => "unknown card" };
    private readonly Option<int> _runs = BenchmarkOptions.Runs(3);
    private readonly Option<int> _deviceId = new("--device-id") { Description = "CUDA device ordinal.", DefaultValueFactory = _ => 0 };
    private readonly Option<DirectoryInfo> _work = new("--work")
    {
        Description = "Folder for the generated model (several GB; removed afterwards).",
        DefaultValueFactory = _ => new DirectoryInfo(Path.GetTempPath()),
    };

    private readonly Option<double> _budgetMinutes = new("--budget-minutes") { Description = "Batch sizes are not started after this many minutes.", DefaultValueFactory = _ => 6.0 };

    public GpuCommand()
        : base("gpu", "Salamandra-2b-shaped fp16 decoder on CUDA: prefill and decode tokens/s at batch 1, 8, 32, 64 against the H100 roofline.")
    {
        Options.Add(_out);
        Options.Add(_dryRun);
        Options.Add(_card);
        Options.Add(_runs);
        Options.Add(_deviceId);
        Options.Add(_work);
        Options.Add(_budgetMinutes);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var dryRun = parse.GetValue(_dryRun);
        var settings = new GpuSettings
        {
            Spec = dryRun ? GpuSettings.DryRunSpec : GpuSettings.Salamandra2BFp16,
            DryRun = dryRun,
            Card = dryRun ? "CPU (dry run)" : parse.GetValue(_card)!,
            Runs = parse.GetValue(_runs),
            DeviceId = parse.GetValue(_deviceId),
            Budget = TimeSpan.FromMinutes(parse.GetValue(_budgetMinutes)),
        };
        GpuResults results;
        try
        {
            results = new GpuBenchmark(settings, Console.Error).Run(parse.GetValue(_work)!.FullName);
        }
        catch (InvalidOperationException exception) when (!dryRun)
        {
            // RequireGpu: the CUDA execution provider could not load the model (no GPU, driver, CUDA or cuDNN).
            Console.Error.WriteLine(exception.Message);
            return ExitCodes.MissingPrerequisite;
        }

        var output = parse.GetValue(_out)!;
        output.Directory?.Create();
        File.WriteAllText(output.FullName, GpuFragment.Render(results, "aliabatch-bench " + string.Join(' ', parse.Tokens.Select(t => t.Value))));
        Console.Error.WriteLine($"wrote {output.FullName}");
        return ExitCodes.Success;
    }
}
