using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AliaBatch.Core.Serialization;
using AliaBatch.Inference.Generation;
using AliaBatch.Inference.Sessions;
using AliaBatch.Inference.Tokenization;
using Microsoft.Extensions.DependencyInjection;

namespace AliaBatch.Cli.Commands;

/// <summary>
/// <c>aliabatch generate --model FOLDER (--prompt TEXT | --input-ids "ID …")… [--max-new-tokens N | --max-length N]
/// [--num-beams K] [--json]</c>: ad-hoc generation with a decoder export, one batch row per prompt.
/// </summary>
internal sealed class GenerateCommand : Command
{
    private static readonly string[] s_modelFiles = ["model.onnx", "decoder_model_merged.onnx"];

    private readonly Option<DirectoryInfo> _model = new("--model") { Description = "Decoder export folder (model.onnx + generation_config.json or genai_config.json; tokenizer.json for --prompt).", Required = true };
    private readonly Option<string[]> _prompts = new("--prompt") { Description = "A prompt text; repeat for a batch." };
    private readonly Option<string[]> _inputIds = new("--input-ids") { Description = "Prompt token ids separated by spaces; repeat for a batch." };
    private readonly Option<int?> _maxNewTokens = new("--max-new-tokens") { Description = "Tokens to generate per row (default 64)." };
    private readonly Option<int?> _maxLength = new("--max-length") { Description = "Total length (prompt + generated) per row." };
    private readonly Option<int> _numBeams = new("--num-beams") { Description = "Beam width (1 = greedy).", DefaultValueFactory = _ => 1 };
    private readonly Option<bool> _json = new("--json") { Description = "Print {\"sequences\": [[prompt + generated ids], …], …timings}." };
    private readonly ExecutionProviderOptions _executionProvider = new();

    public GenerateCommand()
        : base("generate", "Generate from a decoder ONNX export, for ad-hoc checks.")
    {
        _model.AcceptExistingOnly();
        foreach (var option in new Option[] { _model, _prompts, _inputIds, _maxNewTokens, _maxLength, _numBeams, _json })
        {
            Options.Add(option);
        }

        _executionProvider.AddTo(this);
        SetAction((parse, cancellationToken) => Task.FromResult(Generate(parse, cancellationToken)));
    }

    private int Generate(ParseResult parse, CancellationToken cancellationToken)
    {
        var folder = parse.GetValue(_model)!.FullName;
        var texts = parse.GetValue(_prompts) ?? [];
        var ids = parse.GetValue(_inputIds) ?? [];
        if ((texts.Length == 0) == (ids.Length == 0))
        {
            System.Console.Error.WriteLine("error: give either --prompt or --input-ids (repeat the option for a batch), not both.");
            return ExitCodes.InvalidRequest;
        }

        var modelPath = s_modelFiles.Select(f => Path.Combine(folder, f)).FirstOrDefault(File.Exists);
        if (modelPath is null)
        {
            System.Console.Error.WriteLine($"error: '{folder}' holds neither model.onnx nor decoder_model_merged.onnx.");
            return ExitCodes.InputNotFound;
        }

        using var host = CliHost.Build(_executionProvider.Overrides(parse), verbose: false);
        var session = host.Services.GetRequiredService<OnnxSessionFactory>().GetSession(modelPath);
        var tokenizer = File.Exists(Path.Combine(folder, "tokenizer.json")) ? HuggingFaceBpeTokenizer.FromDirectory(folder) : null;
        if (texts.Length > 0 && tokenizer is null)
        {
            System.Console.Error.WriteLine($"error: --prompt needs tokenizer.json in '{folder}'; use --input-ids instead.");
            return ExitCodes.InputNotFound;
        }

        IReadOnlyList<IReadOnlyList<int>> prompts = texts.Length > 0
            ? [.. texts.Select(t => tokenizer!.Encode(t))]
            : [.. ids.Select(ParseIds)];
        var defaults = GenerationDefaults.Read(folder);
        var runner = new DecoderRunner(new DecoderSession(session), defaults.EosTokenIds, defaults.PadTokenId ?? 0, tokenizer);
        var options = new GenerationOptions
        {
            MaxNewTokens = parse.GetValue(_maxNewTokens) ?? 64,
            MaxLength = parse.GetValue(_maxLength),
            NumBeams = parse.GetValue(_numBeams),
        };
        var stopwatch = Stopwatch.StartNew();
        var sequences = runner.Generate(prompts, options, cancellationToken);
        var elapsed = stopwatch.Elapsed.TotalMilliseconds;
        var generated = sequences.Sum(s => s.GeneratedIds.Count);
        if (parse.GetValue(_json))
        {
            System.Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                Sequences = sequences.Select(s => s.Sequence),
                Texts = tokenizer is null ? null : sequences.Select(s => tokenizer.Decode(s.GeneratedIds)),
                FinishReasons = sequences.Select(s => s.FinishReason),
                ExecutionProvider = session.ExecutionProvider.ToString(),
                ElapsedMs = Math.Round(elapsed, 1),
                GeneratedTokens = generated,
                TokensPerSecond = Math.Round(generated / Math.Max(elapsed, 1e-3) * 1000, 1),
            }, AliaBatchJson.Compact));
            return ExitCodes.Success;
        }

        foreach (var sequence in sequences)
        {
            System.Console.Out.WriteLine(tokenizer?.Decode(sequence.GeneratedIds) ?? string.Join(' ', sequence.Sequence));
        }

        System.Console.Error.WriteLine($"{generated} tokens in {elapsed:F0} ms on {session.ExecutionProvider}");
        return ExitCodes.Success;
    }

    private static List<int> ParseIds(string text) =>
        [.. text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(t => int.Parse(t, CultureInfo.InvariantCulture))];
}
