using AliaBatch.Core.Jobs;
using AliaBatch.Orchestration.Stores;

namespace AliaBatch.Orchestration.Payloads;

/// <summary>What every batch of a run needs to know about its job: ids, tasks, policy and store references.</summary>
/// <param name="JobId">The job id (the results folder).</param>
/// <param name="RunId">This run of the job; batch manifests of different runs never mix.</param>
/// <param name="Tasks">The tasks to run on each document.</param>
/// <param name="Overwrite">Whether earlier results may be kept.</param>
/// <param name="Source">Where the documents are.</param>
/// <param name="Results">Where results go.</param>
/// <param name="Dispatch">How batches travel: null processes them inline in the orchestration worker; set, they are sent over the batch transport with these deadlines.</param>
/// <param name="Plans">
/// Where inline dispatch keeps the run's batch plans (<see cref="PreparePageInput.StorePlans"/>); null: the results
/// store. The embedded host keeps them in memory, beside its in-memory orchestration state: on disk they would outlive
/// nothing that could use them. Plans sent over a transport are always in the results store, where workers read them.
/// </param>
public sealed record BatchJob(
    string JobId,
    string RunId,
    JobTasks Tasks,
    OverwritePolicy Overwrite,
    StoreReference Source,
    StoreReference Results,
    DispatchSettings? Dispatch = null,
    StoreReference? Plans = null)
{
    /// <summary>The store that holds the run's stored inline plans: <see cref="Plans"/>, or else <see cref="Results"/>.</summary>
    public StoreReference PlanStore() => Plans ?? Results;
}
