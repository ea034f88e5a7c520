using AliaBatch.Core.Storage;

namespace AliaBatch.Orchestration;

/// <summary>Where a run's batch manifests live under the results root: <c>{jobId}/_batches/{runId}/{batchId}.json</c>.</summary>
public static class BatchLayout
{
    /// <summary>The folder (listing prefix) of one run's batch manifests.</summary>
    public static string RunFolder(string jobId, string runId) => ObjectPath.Combine(jobId, "_batches", runId) + "/";

    /// <summary>One batch manifest.</summary>
    public static string Manifest(string jobId, string runId, string batchId) => ObjectPath.Combine(jobId, "_batches", runId, batchId + ".json");
}
