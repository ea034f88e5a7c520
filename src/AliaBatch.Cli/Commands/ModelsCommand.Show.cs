using System.CommandLine;
using AliaBatch.Core.Storage;
using AliaBatch.Inference.Packs;

namespace AliaBatch.Cli.Commands;

internal sealed partial class ModelsCommand
{
    /// <summary><c>models show &lt;pack&gt; [--json]</c>: a pack folder, or a pack id in --packs or --container.</summary>
    private sealed class ShowCommand : Command
    {
        private readonly Argument<string> _pack = new("pack") { Description = "Pack folder, or pack id with --packs / --container." };
        private readonly PackSource _source = new();
        private readonly Option<bool> _json = new("--json") { Description = "Print model.json." };

        public ShowCommand()
            : base("show", "Show a pack's manifest: format, tasks, languages, tokenizer, labels, generation defaults and file hashes.")
        {
            Arguments.Add(_pack);
            _source.AddTo(this);
            Options.Add(_json);
            SetAction(ShowAsync);
        }

        private async Task<int> ShowAsync(ParseResult parse, CancellationToken cancellationToken)
        {
            var pack = parse.GetValue(_pack)!;
            try
            {
                ModelPackManifest manifest;
                string location;
                if (LocalFolder(pack, _source.PacksFolder(parse)) is { } folder)
                {
                    manifest = await ModelPackManifest.LoadAsync(Path.Combine(folder, ModelPackManifest.FileName), cancellationToken);
                    location = folder;
                }
                else if (_source.IsGiven(parse))
                {
                    if (_source.Open(parse, out var problem) is not { } store)
                    {
                        return Fail(problem!.StartsWith("--container", StringComparison.Ordinal) ? ExitCodes.InvalidRequest : ExitCodes.InputNotFound, problem);
                    }

                    manifest = await store.ReadManifestAsync(pack, cancellationToken);
                    location = $"{store.Location}/{pack}";
                }
                else
                {
                    return Fail(ExitCodes.InputNotFound, $"Model pack '{pack}' was not found: give a pack folder, or an id with --packs or --container.");
                }

                if (parse.GetValue(_json))
                {
                    System.Console.Out.WriteLine(manifest.ToJson());
                }
                else
                {
                    PrintManifest(manifest, location);
                }

                return ExitCodes.Success;
            }
            catch (ModelPackException exception)
            {
                var missing = exception.InnerException is ObjectNotFoundException or FileNotFoundException or DirectoryNotFoundException;
                return Fail(missing ? ExitCodes.InputNotFound : ExitCodes.InvalidRequest, exception.Message);
            }
        }
    }

    /// <summary>The pack folder <paramref name="pack"/> names: itself when it holds model.json, else {packs}/{pack} when that does.</summary>
    private static string? LocalFolder(string pack, string? packsFolder)
    {
        if (File.Exists(Path.Combine(pack, ModelPackManifest.FileName)))
        {
            return Path.GetFullPath(pack);
        }

        return packsFolder is not null && File.Exists(Path.Combine(packsFolder, pack, ModelPackManifest.FileName))
            ? Path.Combine(packsFolder, pack)
            : null;
    }
}
