using System.CommandLine;
using AliaBatch.Evaluation.Metrics;
using AliaBatch.Evaluation.Metrics.Rouge;
using AliaBatch.Evaluation.Metrics.Scoring;

namespace AliaBatch.Cli.Commands;

/// <summary>
/// <c>aliabatch score --metric bleu --hyp FILE --ref FILE [--ref FILE …] [--json]</c>: scores one segment per line,
/// as sacreBLEU's and rouge-score's command lines do, with the signature printed beside every score.
/// </summary>
internal sealed class ScoreCommand : Command
{
    private readonly Option<string> _metric = new("--metric", "-m") { Description = "bleu, chrf, chrf++, ter, rouge, accuracy or f1.", Required = true };
    private readonly Option<FileInfo> _hypothesis = new("--hyp") { Description = "System output, one segment (or predicted label) per line.", Required = true };
    private readonly Option<FileInfo[]> _references = new("--ref", "-r") { Description = "Reference file(s), one segment per line; repeat for several references.", Required = true };
    private readonly Option<bool> _json = new("--json") { Description = "Print a JSON object with score, signature and details." };
    private readonly Option<int> _width = new("--width", "-w") { Description = "Decimals in text output.", DefaultValueFactory = _ => 1 };
    private readonly Option<bool> _stem = new("--stem") { Description = "ROUGE: Porter stemming, as rouge-score's use_stemmer." };
    private readonly Option<bool> _unicode = new("--unicode-tokens") { Description = "ROUGE: keep accented letters (rouge-score's default tokenizer drops non-ASCII letters)." };

    public ScoreCommand()
        : base("score", "Score system output against references: BLEU, chrF, chrF++ and TER as sacreBLEU 2.x, ROUGE as rouge-score, accuracy and F1.")
    {
        _metric.AcceptOnlyFromAmong([.. MetricNames.All]);
        _references.AllowMultipleArgumentsPerToken = true;
        foreach (var option in new Option[] { _metric, _hypothesis, _references, _json, _width, _stem, _unicode })
        {
            Options.Add(option);
        }

        SetAction(ScoreAsync);
    }

    private async Task<int> ScoreAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var options = new ScoreOptions
        {
            Width = parse.GetValue(_width),
            Rouge = new RougeOptions
            {
                UseStemmer = parse.GetValue(_stem),
                Tokenization = parse.GetValue(_unicode) ? RougeTokenization.Unicode : RougeTokenization.Default,
            },
        };
        try
        {
            var report = await ScoreRunner.ScoreFilesAsync(
                parse.GetValue(_metric)!,
                parse.GetValue(_hypothesis)!.FullName,
                [.. parse.GetValue(_references)!.Select(f => f.FullName)],
                options,
                cancellationToken);
            System.Console.Out.WriteLine(parse.GetValue(_json) ? report.ToJson() : report.ToText());
            return ExitCodes.Success;
        }
        catch (EvaluationInputException exception)
        {
            System.Console.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.InvalidRequest;
        }
    }
}
