namespace AliaBatch.Benchmarks.Storage;

/// <summary>A number of objects of one size, uploaded then downloaded one after another.</summary>
internal sealed record StorageWorkload(int Count, int SizeBytes);
