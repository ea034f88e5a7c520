namespace AliaBatch.Core.Jobs;

/// <summary>Where a job's documents live: a local folder or a blob container and prefix.</summary>
public sealed record JobSource
{
    /// <summary>Storage kind.</summary>
    public required SourceKind Kind { get; init; }

    /// <summary>Local folder (for <see cref="SourceKind.Local"/>).</summary>
    public string? Path { get; init; }

    /// <summary>Blob container (for <see cref="SourceKind.Blob"/>).</summary>
    public string? Container { get; init; }

    /// <summary>A folder inside the source (e.g. <c>agency1/drop7</c>); document paths are relative to it.</summary>
    public string? Prefix { get; init; }

    /// <summary>An explicit list of documents, relative to the folder or container; when absent, everything under the prefix.</summary>
    public IReadOnlyList<string>? Documents { get; init; }
}

/// <summary>The storage kinds a job can read from.</summary>
public enum SourceKind
{
    /// <summary>A folder on the local file system.</summary>
    Local,

    /// <summary>An Azure Blob Storage container (or Azurite).</summary>
    Blob,
}
