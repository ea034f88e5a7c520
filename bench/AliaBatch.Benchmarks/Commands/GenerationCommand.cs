using System.CommandLine;
using AliaBatch.Benchmarks.Generation;
using AliaBatch.Benchmarks.Measurement;

namespace AliaBatch.Benchmarks.Commands;

/// <summary>
/// <c>aliabatch-bench generation</c>: greedy generation on a generated decoder on the CPU — tokens/s by batch size,
/// KV cache vs recompute, compaction on vs off, planner padding efficiency; writes <c>generation.json</c>.
/// </summary>
internal sealed class GenerationCommand : Command
{
    private readonly Option<DirectoryInfo> _results = BenchmarkOptions.Results();
    private readonly Option<int> _runs = BenchmarkOptions.Runs(3);
    private readonly Option<int> _recomputeRuns = new("--recompute-runs") { Description = "Measured runs of the (slow) recompute path.", DefaultValueFactory = _ => 3 };
    private readonly Option<int> _threads = new("--threads") { Description = "ONNX Runtime intra-op threads.", DefaultValueFactory = _ => 2 };

    public GenerationCommand()
        : base("generation", "Generation on a generated Llama decoder (CPU): batch sizes, KV cache vs recompute, compaction, padding efficiency.")
    {
        Options.Add(_results);
        Options.Add(_runs);
        Options.Add(_recomputeRuns);
        Options.Add(_threads);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var settings = new GenerationSettings
        {
            Runs = parse.GetValue(_runs),
            RecomputeRuns = parse.GetValue(_recomputeRuns),
            Threads = parse.GetValue(_threads),
        };
        var results = new GenerationBenchmark(settings, Console.Error).Run();
        ResultFiles.Write(Path.Combine(parse.GetValue(_results)!.FullName, "generation.json"), results);
        return ExitCodes.Success;
    }
}
