using AliaBatch.Core.Jobs;
using AliaBatch.Orchestration.Stores;

namespace AliaBatch.Orchestration.Payloads;

/// <summary>Input of <see cref="Activities.FinalizeJobActivity"/>.</summary>
/// <param name="Job">The job.</param>
/// <param name="Request">The validated request, recorded in the manifest.</param>
/// <param name="Cancelled">True when the run was cancelled: documents without a batch outcome are recorded as cancelled.</param>
/// <param name="CreatedAt">When the job was first started (kept across runs).</param>
/// <param name="HostName">Which host ran it, for the manifest.</param>
public sealed record FinalizeJobInput(BatchJob Job, JobRequest Request, bool Cancelled, DateTimeOffset CreatedAt, string HostName)
{
    /// <summary>The source store, for listing the documents a cancelled run never dispatched.</summary>
    public StoreReference Source => Job.Source;
}
