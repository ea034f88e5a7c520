namespace AliaBatch.Benchmarks.Storage;

/// <summary>What the storage benchmark measured, written as <c>storage.json</c>.</summary>
internal sealed record StorageResults(int Runs, string AzureStorageBlobsVersion, IReadOnlyList<StorageMeasurement> Measurements);
