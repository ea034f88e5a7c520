namespace AliaBatch.Inference.Packs;

/// <summary>A model pack on the local disk: its folder and its validated manifest.</summary>
public sealed partial class ModelPack
{
    private ModelPack(string folder, ModelPackManifest manifest)
    {
        Folder = folder;
        Manifest = manifest;
    }

    /// <summary>The pack folder (full path).</summary>
    public string Folder { get; }

    /// <summary>The validated manifest.</summary>
    public ModelPackManifest Manifest { get; }

    /// <summary>Full path of the ONNX graph, for <c>OnnxSessionFactory.GetSession</c>.</summary>
    public string ModelPath => GetFullPath(Manifest.Model);

    /// <summary>Full paths of the tokenizer files, the main one first.</summary>
    public IReadOnlyList<string> TokenizerPaths => [.. Manifest.Tokenizer.Files.Select(GetFullPath)];

    /// <summary>Full path of a file of the pack.</summary>
    public string GetFullPath(string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        return Path.Combine(Folder, relativePath.Replace('/', Path.DirectorySeparatorChar));
    }

    /// <summary>
    /// Opens the pack in <paramref name="folder"/>: reads and validates <c>model.json</c> and, when
    /// <paramref name="verify"/> is true, checks the size and SHA-256 of every listed file.
    /// </summary>
    /// <exception cref="ModelPackException">The manifest is missing or invalid, or a file is missing or altered; the message names it.</exception>
    public static async Task<ModelPack> OpenAsync(string folder, bool verify = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new ModelPackException($"Model pack folder '{full}' does not exist.", full);
        }

        var manifest = await ModelPackManifest.LoadAsync(Path.Combine(full, ModelPackManifest.FileName), cancellationToken);
        var pack = new ModelPack(full, manifest);
        if (verify)
        {
            var verification = await pack.VerifyAsync(loadOnnx: false, cancellationToken);
            verification.ThrowIfInvalid();
        }

        return pack;
    }

    internal static ModelPack Create(string folder, ModelPackManifest manifest) => new(Path.GetFullPath(folder), manifest);
}
