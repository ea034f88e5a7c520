namespace AliaBatch.Benchmarks.Storage;

/// <summary>What the storage benchmark measured, written as <c>storage.json</c>: one entry per child process.</summary>
/// <param name="Runs">Measured runs in each process, after one warm-up run.</param>
/// <param name="AzureStorageBlobsVersion">The SDK both paths call.</param>
/// <param name="Processes">Each process's measurements, each against its own Azurite.</param>
internal sealed record StorageResults(int Runs, string AzureStorageBlobsVersion, IReadOnlyList<StorageProcessResults> Processes);

/// <summary>One process's measurements: for every workload, each operation (upload, upload from a writer, download).</summary>
internal sealed record StorageProcessResults(IReadOnlyList<StorageMeasurement> Measurements);
