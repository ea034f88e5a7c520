using System.Text.Json.Nodes;

namespace AliaBatch.Inference.Packs;

/// <summary>
/// Builds a model pack from a Hugging Face / Optimum ONNX export folder: detects the format from the ONNX session
/// metadata, reads <c>config.json</c>, <c>generation_config.json</c> and the tokenizer files, copies the files while
/// hashing them (SHA-256, streamed) and writes <c>model.json</c>.
/// </summary>
public static class ModelPackImporter
{
    /// <summary>
    /// Imports <paramref name="exportFolder"/> into <c>{packsFolder}/{id}/</c>. The pack is assembled in a temporary
    /// folder beside it and moved into place only when complete.
    /// </summary>
    /// <exception cref="ModelPackException">
    /// The export is unusable (no config.json, no graph, a corrupt ONNX file, an unsupported tokenizer, labels that do not
    /// match the logits) or the pack exists and <see cref="ModelPackImportOptions.Overwrite"/> is false; the message names the file.
    /// </exception>
    public static async Task<ModelPack> ImportAsync(string exportFolder, string packsFolder, ModelPackImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exportFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(packsFolder);
        options ??= new ModelPackImportOptions();
        var export = ExportFolder.Open(exportFolder);
        var graph = GraphInspection.Inspect(export.FullPath(export.ModelFile));
        var tokenizer = export.DetectTokenizer();

        var folderName = Path.GetFileName(export.Path);
        var repository = options.SourceRepository ?? ImportDefaults.Repository(export.Config["_name_or_path"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null);
        var id = options.Id ?? ImportDefaults.Sanitize(folderName)
            ?? throw new ModelPackException($"No pack id can be derived from the folder name '{folderName}'; give one (--id).", export.Path);
        var family = options.Family ?? ImportDefaults.Family(repository, folderName, export.ModelType);
        var target = Path.Combine(Path.GetFullPath(packsFolder), id);
        if (File.Exists(Path.Combine(target, ModelPackManifest.FileName)) && !options.Overwrite)
        {
            throw new ModelPackException($"Model pack '{id}' already exists in '{target}'; remove it or import with overwrite.", target);
        }

        var staging = Path.Combine(Path.GetFullPath(packsFolder), $".{id}.importing-{Guid.NewGuid():N}");
        try
        {
            var files = await CopyAsync(export, staging, cancellationToken);
            var manifest = new ModelPackManifest
            {
                Id = id,
                Family = family,
                Version = options.Version ?? options.SourceRevision ?? "1",
                Tasks = options.Tasks ?? ImportDefaults.Tasks(graph.Format, family),
                Languages = options.Languages ?? ImportDefaults.Languages,
                Format = graph.Format,
                Model = export.ModelFile,
                Files = files,
                Tokenizer = tokenizer,
                PromptTemplate = options.PromptTemplate ?? ImportDefaults.PromptTemplate(graph.Format, family, export.HasChatMlTemplate),
                Generation = graph.Format == ModelPackFormat.OnnxDecoder ? export.Generation() : null,
                Labels = graph.Format == ModelPackFormat.OnnxEncoderClassifier ? export.Labels(graph.LabelCount) : null,
                Dtype = graph.Dtype,
                ContextLength = export.ContextLength(),
                Licence = options.Licence ?? export.ReadmeLicence(),
                ModelType = export.ModelType,
                Source = repository is null && options.SourceRevision is null ? null : new ModelPackSource(repository, options.SourceRevision),
            };

            // The written manifest goes through the same validation as every load: an option that breaks the schema fails here.
            var json = manifest.ToJson();
            ModelPackManifest.Parse(json, $"model.json of '{id}'");
            await File.WriteAllTextAsync(Path.Combine(staging, ModelPackManifest.FileName), json, cancellationToken);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.Move(staging, target);
            return ModelPack.Create(target, manifest);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static async Task<IReadOnlyList<ModelPackFile>> CopyAsync(ExportFolder export, string staging, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(staging);
        var files = new List<ModelPackFile>();
        foreach (var name in export.SelectFiles())
        {
            await using var source = new FileStream(export.FullPath(name), FileMode.Open, FileAccess.Read, FileShare.Read, 1024 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using var destination = new FileStream(Path.Combine(staging, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1024 * 1024, FileOptions.Asynchronous);
            var (sha256, size) = await FileHash.CopyAsync(source, destination, cancellationToken);
            files.Add(new ModelPackFile(name, sha256, size));
        }

        return files;
    }
}
