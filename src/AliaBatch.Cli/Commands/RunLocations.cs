using AliaBatch.Core.Jobs;
using AliaBatch.Core.Storage;
using AliaBatch.Storage;

namespace AliaBatch.Cli.Commands;

/// <summary>
/// Turns the <c>input</c> and <c>--out</c> arguments into stores, checking both before anything is written: an
/// existing local path is a folder; with blob storage configured anything else is <c>container[/prefix]</c>.
/// </summary>
internal sealed class RunLocations(StorageOptions storage)
{
    public async Task<(IObjectStore Store, JobSource Source)> OpenInputAsync(string input, CancellationToken cancellationToken)
    {
        if (Directory.Exists(input))
        {
            var folder = Path.GetFullPath(input);
            var store = ObjectStores.ForFolder(folder);
            await RequireDocumentsAsync(store, string.Empty, $"Input folder '{folder}'", cancellationToken);
            return (store, new JobSource { Kind = SourceKind.Local, Path = folder });
        }

        if (File.Exists(input))
        {
            throw new RunLocationException(ExitCodes.InputNotFound, $"Input '{Path.GetFullPath(input)}' is a file; give the folder that holds the documents.");
        }

        if (!storage.IsConfigured)
        {
            throw new RunLocationException(ExitCodes.InputNotFound,
                $"Input folder '{Path.GetFullPath(input)}' does not exist. To read a blob container instead, pass --blob-connection or set AliaBatch__Storage__ConnectionString / AliaBatch__Storage__AccountUrl.");
        }

        var (container, prefix) = SplitContainer(input);
        var blobs = ObjectStores.ForContainer(storage, container);
        await RequireDocumentsAsync(new PrefixedObjectStore(blobs, prefix), string.Empty, $"Container '{container}'{(prefix.Length > 0 ? $" prefix '{prefix}'" : string.Empty)}", cancellationToken);
        return (blobs, new JobSource { Kind = SourceKind.Blob, Container = container, Prefix = prefix.Length == 0 ? null : prefix });
    }

    public async Task<IObjectStore> OpenOutputAsync(string output, CancellationToken cancellationToken)
    {
        if (storage.IsConfigured && !LooksLikeLocalPath(output))
        {
            var (container, prefix) = SplitContainer(output);
            if (prefix.Length > 0)
            {
                throw new RunLocationException(ExitCodes.OutputNotWritable, $"--out '{output}' must name a container only; jobs write to {{container}}/{{jobId}}/.");
            }

            var store = ObjectStores.ForContainer(storage, container);
            await store.GetInfoAsync("_probe", cancellationToken);
            return store;
        }

        var folder = Path.GetFullPath(output);
        EnsureWritable(folder);
        return ObjectStores.ForFolder(folder);
    }

    private static async Task RequireDocumentsAsync(IObjectStore store, string prefix, string what, CancellationToken cancellationToken)
    {
        await foreach (var _ in store.ListAsync(prefix, cancellationToken))
        {
            return;
        }

        throw new RunLocationException(ExitCodes.InputNotFound, $"{what} holds no documents.");
    }

    /// <summary>Checks that the folder, or its nearest existing ancestor, is a writable directory, leaving nothing behind.</summary>
    private static void EnsureWritable(string folder)
    {
        var existing = folder;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                throw new RunLocationException(ExitCodes.OutputNotWritable, $"Output '{folder}' cannot be created: '{existing}' is a file.");
            }

            existing = Path.GetDirectoryName(existing)
                ?? throw new RunLocationException(ExitCodes.OutputNotWritable, $"Output '{folder}' has no existing parent folder.");
        }

        var probe = Path.Combine(existing, $".aliabatch-write-probe-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            throw new RunLocationException(ExitCodes.OutputNotWritable, $"Output '{folder}' is not writable ({exception.Message}).");
        }
    }

    private static (string Container, string Prefix) SplitContainer(string value)
    {
        var trimmed = value.Trim('/');
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (trimmed, string.Empty) : (trimmed[..slash], trimmed[(slash + 1)..]);
    }

    private static bool LooksLikeLocalPath(string value) =>
        Path.IsPathRooted(value) || value.StartsWith('.') || value.StartsWith('~') || Directory.Exists(value);
}
