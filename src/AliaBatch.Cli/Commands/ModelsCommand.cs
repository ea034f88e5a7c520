using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using AliaBatch.Core.Serialization;
using AliaBatch.Inference.Packs;
using AliaBatch.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AliaBatch.Cli.Commands;

/// <summary>
/// <c>aliabatch models import|list|show|verify</c>: model packs (a <c>model.json</c> manifest beside a Hugging Face /
/// Optimum ONNX export, every file SHA-256 hashed). Exit codes: 0 success; 2 invalid arguments or manifest;
/// 4 no such export, pack or packs location; 1 a pack file is missing, altered or not loadable (the file is named).
/// </summary>
internal sealed partial class ModelsCommand : Command
{
    public ModelsCommand()
        : base("models", "Import, list, show and verify model packs.")
    {
        Subcommands.Add(new ImportCommand());
        Subcommands.Add(new ListCommand());
        Subcommands.Add(new ShowCommand());
        Subcommands.Add(new VerifyCommand());
    }

    private static int Fail(int exitCode, string message)
    {
        System.Console.Error.WriteLine($"error: {message}");
        return exitCode;
    }

    private static void PrintManifest(ModelPackManifest manifest, string location)
    {
        System.Console.Out.WriteLine($"{manifest.Id} ({manifest.Family} {manifest.Version}) at {location}");
        System.Console.Out.WriteLine($"  format      {Json(manifest.Format)}, model {manifest.Model}, dtype {manifest.Dtype ?? "?"}, context {manifest.ContextLength?.ToString(CultureInfo.InvariantCulture) ?? "?"}");
        System.Console.Out.WriteLine($"  tasks       {string.Join(", ", manifest.Tasks.Select(Json))}; languages {string.Join(", ", manifest.Languages)}");
        System.Console.Out.WriteLine($"  tokenizer   {Json(manifest.Tokenizer.Kind)}: {string.Join(", ", manifest.Tokenizer.Files)}");
        if (manifest.Labels is { } labels)
        {
            System.Console.Out.WriteLine($"  labels      {string.Join(", ", labels)}");
        }

        if (manifest.Generation is { } generation)
        {
            System.Console.Out.WriteLine($"  generation  {JsonSerializer.Serialize(generation, AliaBatchJson.Compact)}; prompt {manifest.PromptTemplate ?? "none"}");
        }

        System.Console.Out.WriteLine($"  licence     {manifest.Licence ?? "unknown"}; source {manifest.Source?.Repository ?? "unknown"}@{manifest.Source?.Revision ?? "?"}");
        foreach (var file in manifest.Files)
        {
            System.Console.Out.WriteLine($"  {file.Sha256}  {file.Size,12}  {file.Path}");
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, AliaBatchJson.Compact).Trim('"');

    /// <summary>Where packs are: a folder of pack folders (<c>--packs</c>) or a container prefix (<c>--container</c>).</summary>
    private sealed class PackSource
    {
        private readonly Option<string?> _packs = new("--packs") { Description = "Folder whose subfolders are packs ({packs}/{id}/model.json)." };
        private readonly Option<string?> _container = new("--container") { Description = "Blob container holding packs under --prefix ({prefix}/{id}/model.json)." };
        private readonly Option<string> _prefix = new("--prefix") { Description = "Folder of packs inside the container.", DefaultValueFactory = _ => ModelPackStore.DefaultRoot };
        private readonly Option<string?> _blobConnection = new("--blob-connection") { Description = "Azure Storage connection string (e.g. Azurite); else AliaBatch__Storage__ConnectionString / AccountUrl." };

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { _packs, _container, _prefix, _blobConnection })
            {
                command.Options.Add(option);
            }
        }

        public bool IsGiven(ParseResult parse) => parse.GetValue(_packs) is not null || parse.GetValue(_container) is not null;

        public string? PacksFolder(ParseResult parse) => parse.GetValue(_packs) is { } packs ? Path.GetFullPath(packs) : null;

        /// <summary>The store, or null with a message when the location is missing.</summary>
        public ModelPackStore? Open(ParseResult parse, out string? problem)
        {
            problem = null;
            if (parse.GetValue(_container) is { } container)
            {
                var overrides = new Dictionary<string, string?>();
                if (parse.GetValue(_blobConnection) is { } connection)
                {
                    overrides[$"{StorageOptions.SectionName}:ConnectionString"] = connection;
                }

                using var host = CliHost.Build(overrides, verbose: false);
                var storage = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
                if (!storage.IsConfigured)
                {
                    problem = "--container needs blob storage: pass --blob-connection or set AliaBatch__Storage__ConnectionString / AliaBatch__Storage__AccountUrl.";
                    return null;
                }

                return new ModelPackStore(ObjectStores.ForContainer(storage, container), parse.GetValue(_prefix)!);
            }

            var folder = PacksFolder(parse) ?? Path.GetFullPath(".");
            if (!Directory.Exists(folder))
            {
                problem = $"Packs folder '{folder}' does not exist.";
                return null;
            }

            return new ModelPackStore(ObjectStores.ForFolder(folder), root: string.Empty);
        }
    }
}
