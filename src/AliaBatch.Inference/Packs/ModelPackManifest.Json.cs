using System.Text.Json;
using AliaBatch.Core.Serialization;

namespace AliaBatch.Inference.Packs;

public sealed partial record ModelPackManifest
{
    /// <summary>The JSON schema of <c>model.json</c>, for publishing.</summary>
    public static string SchemaText => ManifestSchema.Text;

    /// <summary>Reads and validates a <c>model.json</c> file.</summary>
    /// <exception cref="ModelPackException">The file is missing or invalid; the message names the file and the field.</exception>
    public static async Task<ModelPackManifest> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ModelPackException($"Model pack manifest '{path}' does not exist.", path, exception);
        }

        return Parse(json, path);
    }

    /// <summary>Parses and validates manifest JSON; <paramref name="origin"/> names the file in error messages.</summary>
    /// <exception cref="ModelPackException">The JSON is invalid; the message names the field.</exception>
    public static ModelPackManifest Parse(string json, string origin = FileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new ModelPackException($"{origin}: not valid JSON ({exception.Message}).", origin, exception);
        }

        using (document)
        {
            if (ManifestSchema.FirstFailure(document.RootElement) is { } failure)
            {
                throw new ModelPackException($"{origin}: field '{failure.Field}' is invalid: {failure.Message}.", origin);
            }

            var manifest = document.RootElement.Deserialize<ModelPackManifest>(AliaBatchJson.Compact)
                ?? throw new ModelPackException($"{origin}: the manifest is null.", origin);
            manifest.CheckConsistency(origin);
            return manifest;
        }
    }

    /// <summary>The manifest as indented JSON, as written to <c>model.json</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, AliaBatchJson.Indented);

    private void CheckConsistency(string origin)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Files.Count; i++)
        {
            if (!paths.Add(Files[i].Path))
            {
                throw new ModelPackException($"{origin}: field '/files/{i}/path' lists '{Files[i].Path}' twice.", origin);
            }

            if (string.Equals(Files[i].Path, FileName, StringComparison.Ordinal))
            {
                throw new ModelPackException($"{origin}: field '/files/{i}/path' must not list the manifest itself.", origin);
            }
        }

        if (!paths.Contains(Model))
        {
            throw new ModelPackException($"{origin}: field '/model' names '{Model}', which is not in /files.", origin);
        }

        for (var i = 0; i < Tokenizer.Files.Count; i++)
        {
            if (!paths.Contains(Tokenizer.Files[i]))
            {
                throw new ModelPackException($"{origin}: field '/tokenizer/files/{i}' names '{Tokenizer.Files[i]}', which is not in /files.", origin);
            }
        }
    }
}
