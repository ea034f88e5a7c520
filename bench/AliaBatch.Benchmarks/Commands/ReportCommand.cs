using System.CommandLine;
using AliaBatch.Benchmarks.DurableLocal;
using AliaBatch.Benchmarks.Encoder;
using AliaBatch.Benchmarks.Generation;
using AliaBatch.Benchmarks.Measurement;
using AliaBatch.Benchmarks.Orchestration;
using AliaBatch.Benchmarks.Reporting;
using AliaBatch.Benchmarks.Storage;

namespace AliaBatch.Benchmarks.Commands;

/// <summary><c>aliabatch-bench report</c>: renders docs/benchmarks.md from the result files of one run.</summary>
internal sealed class ReportCommand : Command
{
    private readonly Option<DirectoryInfo> _results = BenchmarkOptions.Results();
    private readonly Option<FileInfo> _out = new("--out")
    {
        Description = "The Markdown file to write.",
        DefaultValueFactory = _ => new FileInfo(Path.Combine("docs", "benchmarks.md")),
    };

    private readonly Option<double?> _wallSeconds = new("--wall-seconds") { Description = "Wall time of the whole run, for the report." };

    public ReportCommand()
        : base("report", "Write docs/benchmarks.md from the result files.")
    {
        Options.Add(_results);
        Options.Add(_out);
        Options.Add(_wallSeconds);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var folder = parse.GetValue(_results)!.FullName;
        var report = new BenchmarkReport(
            MachineInfo.Read(),
            RunContext.Read(folder, parse.GetValue(_wallSeconds)),
            ResultFiles.Read<EncoderResults>(Path.Combine(folder, "encoder.json")),
            ResultFiles.Read<JsEncoderResults>(Path.Combine(folder, "encoder-js.json")),
            ResultFiles.Read<StorageResults>(Path.Combine(folder, "storage.json")),
            ResultFiles.Read<GenerationResults>(Path.Combine(folder, "generation.json")),
            ResultFiles.Read<OrchestrationResults>(Path.Combine(folder, "orchestration.json")),
            ResultFiles.Read<DurableLocalResults>(Path.Combine(folder, "durable-local.json")),
            File.Exists(Path.Combine(folder, "gpu.md")) ? File.ReadAllText(Path.Combine(folder, "gpu.md")) : null);
        var output = parse.GetValue(_out)!;
        output.Directory?.Create();
        File.WriteAllText(output.FullName, report.Render());
        Console.Error.WriteLine($"wrote {output.FullName}");
        return ExitCodes.Success;
    }
}
