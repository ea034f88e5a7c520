namespace AliaBatch.Core.Storage;

/// <summary>How an object is written.</summary>
public sealed record ObjectWriteOptions
{
    /// <summary>Replace an existing object (default) or fail with <see cref="ObjectAlreadyExistsException"/>.</summary>
    public bool Overwrite { get; init; } = true;

    /// <summary>Content type recorded on the object where the store supports it.</summary>
    public string? ContentType { get; init; }

    /// <summary>Create-only writes.</summary>
    public static ObjectWriteOptions CreateNew { get; } = new() { Overwrite = false };
}
