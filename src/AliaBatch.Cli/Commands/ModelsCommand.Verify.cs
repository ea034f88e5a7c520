using System.CommandLine;
using System.Text.Json;
using AliaBatch.Core.Serialization;
using AliaBatch.Inference.Packs;

namespace AliaBatch.Cli.Commands;

internal sealed partial class ModelsCommand
{
    /// <summary>
    /// <c>models verify &lt;pack&gt; [--no-load] [--json]</c>: hashes every file against model.json and loads the graph on the CPU.
    /// A pack in a container is pulled into --cache first (which verifies each download).
    /// </summary>
    private sealed class VerifyCommand : Command
    {
        private readonly Argument<string> _pack = new("pack") { Description = "Pack folder, or pack id with --packs / --container." };
        private readonly PackSource _source = new();
        private readonly Option<string?> _cache = new("--cache") { Description = "Local cache for packs pulled from --container (default: {LocalApplicationData}/aliabatch/packs)." };
        private readonly Option<bool> _noLoad = new("--no-load") { Description = "Only check hashes; do not load the ONNX graph." };
        private readonly Option<bool> _json = new("--json") { Description = "Print {\"valid\": …, \"problems\": […]}." };

        public VerifyCommand()
            : base("verify", "Check every file of a pack against the SHA-256 in model.json and that ONNX Runtime loads the graph. Exit 0 when intact, 1 naming each bad file.")
        {
            Arguments.Add(_pack);
            _source.AddTo(this);
            Options.Add(_cache);
            Options.Add(_noLoad);
            Options.Add(_json);
            SetAction(VerifyAsync);
        }

        private async Task<int> VerifyAsync(ParseResult parse, CancellationToken cancellationToken)
        {
            var name = parse.GetValue(_pack)!;
            ModelPackVerification verification;
            try
            {
                ModelPack pack;
                if (LocalFolder(name, _source.PacksFolder(parse)) is { } folder)
                {
                    pack = await ModelPack.OpenAsync(folder, verify: false, cancellationToken);
                }
                else if (_source.IsGiven(parse) && _source.PacksFolder(parse) is null)
                {
                    if (_source.Open(parse, out var problem) is not { } store)
                    {
                        return Fail(ExitCodes.InvalidRequest, problem!);
                    }

                    var cache = parse.GetValue(_cache) ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "aliabatch", "packs");
                    pack = await new ModelPackCache(cache).LoadAsync(store, name, cancellationToken);
                }
                else
                {
                    return Fail(ExitCodes.InputNotFound, $"Model pack '{name}' was not found: give a pack folder, or an id with --packs or --container.");
                }

                verification = await pack.VerifyAsync(loadOnnx: !parse.GetValue(_noLoad), cancellationToken);
            }
            catch (ModelPackException exception) when (exception.File is not null && !exception.File.EndsWith(ModelPackManifest.FileName, StringComparison.Ordinal))
            {
                verification = new ModelPackVerification(name, 0, [new ModelPackProblem(exception.File, exception.Message)]);
            }
            catch (ModelPackException exception)
            {
                return Fail(ExitCodes.InvalidRequest, exception.Message);
            }

            if (parse.GetValue(_json))
            {
                System.Console.Out.WriteLine(JsonSerializer.Serialize(new { verification.Folder, Valid = verification.IsValid, verification.FilesChecked, verification.Problems }, AliaBatchJson.Compact));
            }

            foreach (var problem in verification.Problems)
            {
                System.Console.Error.WriteLine($"error: {problem.Message}");
            }

            if (verification.IsValid && !parse.GetValue(_json))
            {
                System.Console.Out.WriteLine($"OK: {verification.FilesChecked} files of {verification.Folder} match model.json{(parse.GetValue(_noLoad) ? string.Empty : "; the ONNX graph loads")}.");
            }

            return verification.IsValid ? ExitCodes.Success : ExitCodes.Failed;
        }
    }
}
