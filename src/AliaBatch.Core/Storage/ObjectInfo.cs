namespace AliaBatch.Core.Storage;

/// <summary>An object's properties.</summary>
/// <param name="Path">Relative '/'-separated path.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="ETag">An opaque version tag that changes whenever the content changes.</param>
/// <param name="LastModified">Last modification time.</param>
public sealed record ObjectInfo(string Path, long Size, string ETag, DateTimeOffset LastModified);
