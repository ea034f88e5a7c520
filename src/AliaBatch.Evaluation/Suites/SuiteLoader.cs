using System.Text.Json;
using AliaBatch.Core.Storage;

namespace AliaBatch.Evaluation.Suites;

/// <summary>
/// Loads and validates a suite folder (<c>suite.json</c> and <c>items.jsonl</c>) from disk or an object store.
/// Every problem raises <see cref="SuiteValidationException"/> naming the file, the line and the field.
/// </summary>
public static partial class SuiteLoader
{
    /// <summary>Loads the suite in <paramref name="directory"/>; its <c>id</c> must equal the folder name.</summary>
    /// <param name="directory">The suite folder, e.g. <c>eval-suites/udhr-translation</c>.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The validated suite.</returns>
    /// <exception cref="SuiteValidationException">A file is missing or malformed.</exception>
    public static async Task<Suite> LoadAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var manifestPath = Path.Combine(directory, Suite.ManifestFileName);
        var itemsPath = Path.Combine(directory, Suite.ItemsFileName);
        var manifest = await ReadFileAsync(manifestPath, cancellationToken);
        var items = await ReadFileAsync(itemsPath, cancellationToken);
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        return Parse(manifest, items, manifestPath, itemsPath, folder);
    }

    /// <summary>Loads the suite stored under <paramref name="folder"/> of <paramref name="store"/>.</summary>
    /// <param name="store">The store holding suites.</param>
    /// <param name="folder">The suite's folder in the store, e.g. <c>udhr-langid</c>; its last segment must equal the suite id.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The validated suite.</returns>
    /// <exception cref="SuiteValidationException">An object is missing or malformed.</exception>
    public static async Task<Suite> LoadAsync(IObjectStore store, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var trimmed = folder.Trim('/');
        var manifestPath = $"{trimmed}/{Suite.ManifestFileName}";
        var itemsPath = $"{trimmed}/{Suite.ItemsFileName}";
        var manifest = await ReadObjectAsync(store, manifestPath, cancellationToken);
        var items = await ReadObjectAsync(store, itemsPath, cancellationToken);
        return Parse(manifest, items, $"{store.Location.TrimEnd('/')}/{manifestPath}", $"{store.Location.TrimEnd('/')}/{itemsPath}", trimmed.Split('/')[^1]);
    }

    /// <summary>Parses and validates suite files already read.</summary>
    /// <param name="manifestJson">The text of <c>suite.json</c>.</param>
    /// <param name="itemsJsonl">The text of <c>items.jsonl</c>.</param>
    /// <param name="manifestName">The manifest's name in messages.</param>
    /// <param name="itemsName">The items file's name in messages.</param>
    /// <param name="expectedId">The id the manifest must carry (the folder name), or null to accept any.</param>
    /// <returns>The validated suite.</returns>
    /// <exception cref="SuiteValidationException">The files are malformed.</exception>
    public static Suite Parse(string manifestJson, string itemsJsonl, string manifestName, string itemsName, string? expectedId = null)
    {
        ArgumentNullException.ThrowIfNull(manifestJson);
        ArgumentNullException.ThrowIfNull(itemsJsonl);
        var manifest = ParseManifest(manifestJson, manifestName, expectedId);
        var items = ParseItems(manifest, itemsJsonl, itemsName);
        return new Suite(manifest, items);
    }

    private static async Task<string> ReadFileAsync(string path, CancellationToken cancellationToken) =>
        File.Exists(path)
            ? await File.ReadAllTextAsync(path, cancellationToken)
            : throw new SuiteValidationException(path, null, null, "the file does not exist.");

    private static async Task<string> ReadObjectAsync(IObjectStore store, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await store.ReadTextAsync(path, cancellationToken);
        }
        catch (ObjectNotFoundException ex)
        {
            throw new SuiteValidationException($"{store.Location.TrimEnd('/')}/{path}", null, null, "the object does not exist.", ex);
        }
    }

    private static SuiteValidationException FromJson(string file, int? line, JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        var field = ex.Path is null or "$" ? null : ex.Path.StartsWith("$.", StringComparison.Ordinal) ? ex.Path[2..] : ex.Path;
        return new SuiteValidationException(file, line ?? (ex.LineNumber is { } l ? (int)l + 1 : null), field, message, ex);
    }
}
