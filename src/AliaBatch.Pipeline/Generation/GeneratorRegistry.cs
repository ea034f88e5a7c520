using System.Collections.Concurrent;
using AliaBatch.Inference.Generation;
using AliaBatch.Inference.Sessions;
using AliaBatch.Pipeline.Tasks;
using Microsoft.Extensions.Options;

namespace AliaBatch.Pipeline.Generation;

/// <summary>
/// One long-lived <see cref="TextGenerator"/> per model folder for the process, opened on first use, with the
/// model file's SHA-256 computed once for provenance.
/// </summary>
public sealed class GeneratorRegistry(OnnxSessionFactory sessions, IOptions<ModelsOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<LoadedGenerator>> _generators = new(StringComparer.Ordinal);

    /// <summary>The configured options.</summary>
    public ModelsOptions Options => options.Value;

    /// <summary>
    /// The generator for a request's model (a pack id under <see cref="ModelsOptions.Directory"/>, or a folder),
    /// else the configured default; null when neither is set.
    /// </summary>
    public LoadedGenerator? Resolve(string? requested, string? configuredDefault)
    {
        var folder = requested is null ? configuredDefault : FolderOf(requested);
        if (folder is null)
        {
            return null;
        }

        var full = Path.GetFullPath(folder);
        return _generators.GetOrAdd(full, path => new Lazy<LoadedGenerator>(() => Open(path))).Value;
    }

    private string FolderOf(string requested)
    {
        if (options.Value.Directory is { } root && System.IO.Directory.Exists(Path.Combine(root, requested)))
        {
            return Path.Combine(root, requested);
        }

        return System.IO.Directory.Exists(requested)
            ? requested
            : throw new DirectoryNotFoundException($"Model '{requested}' was found neither under AliaBatch:Models:Directory ('{options.Value.Directory}') nor as a folder.");
    }

    private LoadedGenerator Open(string folder)
    {
        var generator = TextGenerator.Open(folder, sessions);
        var coalescer = new GenerationCoalescer(generator, options.Value.BatchWindow, options.Value.BatchMaxTokens);
        return new LoadedGenerator(generator, Path.GetFileName(folder), FileHashes.Sha256(generator.Session.ModelPath), coalescer);
    }
}

/// <summary>An opened generator with the facts provenance records.</summary>
/// <param name="Generator">The generator.</param>
/// <param name="ModelId">The model folder's name.</param>
/// <param name="ModelSha256">SHA-256 of the ONNX file.</param>
/// <param name="Coalescer">Shares generation batches between concurrently processed documents.</param>
public sealed record LoadedGenerator(TextGenerator Generator, string ModelId, string ModelSha256, GenerationCoalescer Coalescer);
