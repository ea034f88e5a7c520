using System.Runtime.CompilerServices;
using AliaBatch.Core.Storage;

namespace AliaBatch.Storage;

/// <summary>
/// An <see cref="IObjectStore"/> over a local folder. Writes go to a hidden temporary file in the target folder and
/// are committed with an atomic rename, so a crash never leaves a half-written result.
/// </summary>
public sealed class FileSystemObjectStore : IObjectStore
{
    /// <summary>Suffix of in-flight temporary files; they are never listed.</summary>
    public const string TemporarySuffix = ".aliabatch-tmp";

    // FileStream's own buffer, allocated per open stream. Readers and writers here move 16-80 KB at a time (the JSON
    // serializer, stream copies, the document reader), which bypasses a buffer this small; a 64 KB one was allocated
    // for every result written and every JSON file read.
    private const int FileBufferBytes = 4096;

    private readonly string _root;

    /// <summary>Creates a store rooted at <paramref name="rootDirectory"/> (created on first write).</summary>
    public FileSystemObjectStore(string rootDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        _root = Path.GetFullPath(rootDirectory);
    }

    /// <inheritdoc />
    public string Location => _root;

    /// <inheritdoc />
    public async IAsyncEnumerable<ObjectInfo> ListAsync(string prefix = "", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var normalized = ObjectPath.NormalizePrefix(prefix);
        var lastSlash = normalized.LastIndexOf('/');
        var startRelative = lastSlash < 0 ? string.Empty : normalized[..lastSlash];
        var start = startRelative.Length == 0 ? _root : Path.Combine(_root, startRelative);
        if (!Directory.Exists(start))
        {
            yield break;
        }

        foreach (var info in Walk(start, normalized, cancellationToken))
        {
            yield return info;
        }

        await Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ObjectInfo?> GetInfoAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(FullPath(path));
        return Task.FromResult(file.Exists ? ToInfo(file) : null);
    }

    /// <inheritdoc />
    public Task<Stream> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var fullPath = FullPath(path);
        try
        {
            return Task.FromResult<Stream>(Open(fullPath));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ObjectNotFoundException(Location, ObjectPath.Normalize(path), exception);
        }
    }

    /// <inheritdoc />
    /// <remarks>A missing file costs one <c>stat</c>, not the exceptions of a failed open (a result probe per document).</remarks>
    public Task<Stream?> OpenReadIfExistsAsync(string path, CancellationToken cancellationToken = default)
    {
        var fullPath = FullPath(path);
        if (!File.Exists(fullPath))
        {
            return Task.FromResult<Stream?>(null);
        }

        try
        {
            return Task.FromResult<Stream?>(Open(fullPath));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            // Deleted since the check.
            return Task.FromResult<Stream?>(null);
        }
    }

    /// <inheritdoc />
    public async Task<ObjectInfo> WriteAsync(string path, Func<Stream, CancellationToken, Task> writeContent, ObjectWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writeContent);
        options ??= new ObjectWriteOptions();
        var normalized = ObjectPath.Normalize(path);
        var fullPath = FullPath(normalized);
        var directory = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            await using (var stream = new InlineFileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileBufferBytes))
            {
                await writeContent(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            Commit(temporary, fullPath, normalized, options.Overwrite);
        }
        catch
        {
            // A committed temporary file is gone (moved); only a failed write leaves one to remove.
            File.Delete(temporary);
            throw;
        }

        return ToInfo(new FileInfo(fullPath));
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(FullPath(path));
        if (!file.Exists)
        {
            return Task.FromResult(false);
        }

        file.Delete();
        return Task.FromResult(true);
    }

    private void Commit(string temporary, string fullPath, string path, bool overwrite)
    {
        try
        {
            // Without overwrite, .NET moves with link()+unlink() on Unix: the commit fails if the target appeared, race-free.
            File.Move(temporary, fullPath, overwrite);
        }
        catch (IOException exception) when (!overwrite && File.Exists(fullPath))
        {
            throw new ObjectAlreadyExistsException(Location, path, exception);
        }
    }

    private IEnumerable<ObjectInfo> Walk(string directory, string prefix, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var entries = new DirectoryInfo(directory).EnumerateFileSystemInfos()
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var entry in entries)
        {
            var relative = Path.GetRelativePath(_root, entry.FullName).Replace('\\', '/');
            if (entry is DirectoryInfo subdirectory)
            {
                if ((relative + "/").StartsWith(prefix, StringComparison.Ordinal) || prefix.StartsWith(relative + "/", StringComparison.Ordinal))
                {
                    foreach (var info in Walk(subdirectory.FullName, prefix, cancellationToken))
                    {
                        yield return info;
                    }
                }
            }
            else if (entry is FileInfo file && !file.Name.EndsWith(TemporarySuffix, StringComparison.Ordinal)
                     && relative.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield return ToInfo(file);
            }
        }
    }

    private string FullPath(string path) => Path.Combine(_root, ObjectPath.Normalize(path));

    private ObjectInfo ToInfo(FileInfo file) => new(
        Path.GetRelativePath(_root, file.FullName).Replace('\\', '/'),
        file.Length,
        $"\"{file.LastWriteTimeUtc.Ticks:x}-{file.Length:x}\"",
        new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));

    private static InlineFileStream Open(string fullPath) =>
        new(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferBytes);
}
