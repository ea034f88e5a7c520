using System.CommandLine;
using AliaBatch.Core.Languages;
using AliaBatch.Inference.Packs;

namespace AliaBatch.Cli.Commands;

internal sealed partial class ModelsCommand
{
    /// <summary><c>models import &lt;export-folder&gt; --out &lt;packs-folder&gt;</c>: builds {out}/{id}/ from an Optimum export.</summary>
    private sealed class ImportCommand : Command
    {
        private readonly Argument<string> _export = new("export-folder") { Description = "Hugging Face / Optimum ONNX export folder (model.onnx or decoder_model_merged.onnx, config.json, tokenizer files)." };
        private readonly Option<string> _out = new("--out", "-o") { Description = "Packs folder; the pack is written to {out}/{id}/.", Required = true };
        private readonly Option<string?> _id = new("--id") { Description = "Pack id (default: the export folder's name, lower-cased)." };
        private readonly Option<string?> _family = new("--family") { Description = "Family: salamandra, salamandra-ta, alia, roberta, minilm … (default: guessed from the repository or folder name)." };
        private readonly Option<string[]> _tasks = new("--tasks") { Description = "Tasks: translate, summarize, classify, embed (default by format).", AllowMultipleArgumentsPerToken = true };
        private readonly Option<string[]> _languages = new("--languages") { Description = "BCP-47 languages (default: es ca eu gl en).", AllowMultipleArgumentsPerToken = true };
        private readonly Option<string?> _licence = new("--licence") { Description = "Licence (default: the README's license: front matter)." };
        private readonly Option<string?> _promptTemplate = new("--prompt-template") { Description = "Prompt template id, e.g. salamandra-ta-instruct/1." };
        private readonly Option<string?> _repository = new("--source-repo") { Description = "Hugging Face repository the export came from." };
        private readonly Option<string?> _revision = new("--revision") { Description = "Source revision (commit or tag); also the default version." };
        private readonly Option<string?> _version = new("--version") { Description = "Pack version (default: --revision, else 1)." };
        private readonly Option<bool> _overwrite = new("--overwrite") { Description = "Replace an existing pack with the same id." };
        private readonly Option<bool> _json = new("--json") { Description = "Print the written model.json." };

        public ImportCommand()
            : base("import", "Build a model pack from a Hugging Face / Optimum ONNX export folder.")
        {
            Arguments.Add(_export);
            foreach (var option in new Option[] { _out, _id, _family, _tasks, _languages, _licence, _promptTemplate, _repository, _revision, _version, _overwrite, _json })
            {
                Options.Add(option);
            }

            SetAction(ImportAsync);
        }

        private async Task<int> ImportAsync(ParseResult parse, CancellationToken cancellationToken)
        {
            var export = Path.GetFullPath(parse.GetValue(_export)!);
            if (!Directory.Exists(export))
            {
                return Fail(ExitCodes.InputNotFound, $"Export folder '{export}' does not exist.");
            }

            ModelPackImportOptions options;
            try
            {
                options = new ModelPackImportOptions
                {
                    Id = parse.GetValue(_id),
                    Family = parse.GetValue(_family),
                    Version = parse.GetValue(_version),
                    Tasks = Split(parse.GetValue(_tasks)) is { } tasks ? [.. tasks.Select(ParseTask)] : null,
                    Languages = Split(parse.GetValue(_languages)) is { } languages ? [.. languages.Select(LanguageTag.Parse)] : null,
                    Licence = parse.GetValue(_licence),
                    PromptTemplate = parse.GetValue(_promptTemplate),
                    SourceRepository = parse.GetValue(_repository),
                    SourceRevision = parse.GetValue(_revision),
                    Overwrite = parse.GetValue(_overwrite),
                };
            }
            catch (FormatException exception)
            {
                return Fail(ExitCodes.InvalidRequest, exception.Message);
            }

            try
            {
                var pack = await ModelPackImporter.ImportAsync(export, parse.GetValue(_out)!, options, cancellationToken);
                var manifest = pack.Manifest;
                if (parse.GetValue(_json))
                {
                    System.Console.Out.WriteLine(manifest.ToJson());
                }
                else
                {
                    System.Console.Out.WriteLine(
                        $"Imported {manifest.Id} ({Json(manifest.Format)}, {manifest.Files.Count} files, {manifest.Files.Sum(f => f.Size)} bytes) into {pack.Folder}");
                }

                return ExitCodes.Success;
            }
            catch (ModelPackException exception)
            {
                return Fail(ExitCodes.InvalidRequest, exception.Message);
            }
        }

        private static string[]? Split(string[]? values) =>
            values is null || values.Length == 0
                ? null
                : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

        private static ModelPackTask ParseTask(string value) =>
            Enum.TryParse<ModelPackTask>(value, ignoreCase: true, out var task) && !int.TryParse(value, out _)
                ? task
                : throw new FormatException($"--tasks: '{value}' is not a task (translate, summarize, classify, embed).");
    }
}
