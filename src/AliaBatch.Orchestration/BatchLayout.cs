using AliaBatch.Core.Storage;

namespace AliaBatch.Orchestration;

/// <summary>
/// Where a run's batch manifests live under the results root, <c>{jobId}/_batches/{runId}/{batchId}.json</c>, and the
/// plans of dispatched batches, <c>{jobId}/_plans/{runId}/{batchId}.json</c>. Plans have a folder of their own because
/// everything under a run's manifest folder is read as a manifest.
/// </summary>
public static class BatchLayout
{
    /// <summary>The folder (listing prefix) of one run's batch manifests.</summary>
    public static string RunFolder(string jobId, string runId) => ObjectPath.Combine(jobId, "_batches", runId) + "/";

    /// <summary>One batch manifest.</summary>
    public static string Manifest(string jobId, string runId, string batchId) => ObjectPath.Combine(jobId, "_batches", runId, batchId + ".json");

    /// <summary>The plan of one dispatched batch (the batch and the job it belongs to), which the batch message points at.</summary>
    public static string Plan(string jobId, string runId, string batchId) => ObjectPath.Combine(jobId, "_plans", runId, batchId + ".json");
}
