using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using Microsoft.DurableTask;

namespace AliaBatch.Orchestration.Activities;

/// <summary>
/// Lists one page of the job's source (<see cref="DocumentLister"/>) and plans its batches (<see cref="BatchPlanner"/>)
/// in one step, so the page's document list is not in the job orchestration's history as a listing: the job replays on
/// every group it finishes, and a listing page in its history was read back (and, as the planner's input, written
/// again) on each replay. With <see cref="PreparePageInput.StorePlans"/> the history holds only batch ids; without, the
/// plans themselves.
/// </summary>
public sealed class PreparePageActivity(ObjectStoreResolver stores) : TaskActivity<PreparePageInput, PreparedPage>
{
    /// <inheritdoc />
    public override async Task<PreparedPage> RunAsync(TaskActivityContext context, PreparePageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var page = await DocumentLister.ListAsync(stores.Resolve(input.Job.Source), input.Documents, input.ContinuationToken, input.Limits.ListPageSize);
        var plans = BatchPlanner.Plan(page.Documents, input.FirstSequence, input.Limits);
        if (input.StorePlans)
        {
            plans = await BatchPlanner.StoreAsync(stores.Resolve(input.Job.PlanStore()), input.Job, plans);
        }

        return new PreparedPage(plans, page.Documents.Count, page.ContinuationToken);
    }
}
