using System.CommandLine;
using AliaBatch.Benchmarks.Encoder;
using AliaBatch.Benchmarks.Measurement;

namespace AliaBatch.Benchmarks.Commands;

/// <summary>
/// <c>aliabatch-bench encoder</c>: MiniLM throughput, ours vs plain ONNX Runtime C#; writes <c>encoder.json</c> and
/// <c>tokens.json</c> (the ids and reference embeddings bench/js/encoder.mjs uses).
/// </summary>
internal sealed class EncoderCommand : Command
{
    private readonly Option<DirectoryInfo> _results = BenchmarkOptions.Results();
    private readonly Option<int> _runs = BenchmarkOptions.Runs(3);
    private readonly Option<int> _sentences = new("--sentences") { Description = "Spanish sentences in the corpus.", DefaultValueFactory = _ => 1024 };
    private readonly Option<int> _threads = new("--threads") { Description = "ONNX Runtime intra-op threads.", DefaultValueFactory = _ => 2 };

    public EncoderCommand()
        : base("encoder", "Encoder throughput on all-MiniLM-L6-v2: length-bucketed pipeline vs a plain ONNX Runtime loop.")
    {
        Options.Add(_results);
        Options.Add(_runs);
        Options.Add(_sentences);
        Options.Add(_threads);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var settings = new EncoderSettings { Runs = parse.GetValue(_runs), Sentences = parse.GetValue(_sentences), Threads = parse.GetValue(_threads) };
        var (results, inputs) = new EncoderBenchmark(settings, Console.Error).Run();
        var folder = parse.GetValue(_results)!.FullName;
        ResultFiles.Write(Path.Combine(folder, "encoder.json"), results);
        ResultFiles.Write(Path.Combine(folder, "tokens.json"), inputs);
        return ExitCodes.Success;
    }
}
