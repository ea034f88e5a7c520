using System.Text.Json;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Transport;

namespace AliaBatch.Orchestration.Dispatch;

public sealed partial class BatchConsumer
{
    /// <summary>Reads the plan a message points at, or says why it never can be (a dead-letter reason and description).</summary>
    private async Task<PlanRead> ReadPlanAsync(InferenceBatchMessage message, CancellationToken cancellationToken)
    {
        Stores.StoreReference location;
        try
        {
            location = ResultsLocation.Parse(message.ResultsLocation);
        }
        catch (FormatException exception)
        {
            return PlanRead.Problem(BatchDeadLetterReasons.InvalidResultsLocation, exception.Message);
        }

        IObjectStore results;
        try
        {
            results = stores.Resolve(location);
        }
        catch (InvalidOperationException exception)
        {
            return PlanRead.Problem(BatchDeadLetterReasons.StoreUnavailable, exception.Message);
        }

        ProcessBatchInput? plan;
        try
        {
            plan = await results.ReadJsonOrDefaultAsync<ProcessBatchInput>(message.PlanPath, cancellationToken);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            return PlanRead.Problem(BatchDeadLetterReasons.MalformedPlan, $"The plan '{message.PlanPath}' cannot be read: {exception.Message}");
        }

        if (plan is null)
        {
            return PlanRead.Problem(BatchDeadLetterReasons.PlanNotFound, $"There is no batch plan at '{message.PlanPath}' in the results store {message.ResultsLocation}.");
        }

        if (plan.Job is null || plan.Batch is null || plan.Batch.Documents is null)
        {
            return PlanRead.Problem(BatchDeadLetterReasons.MalformedPlan, $"The plan '{message.PlanPath}' lacks its job or its batch.");
        }

        if (plan.Job.JobId != message.JobId || plan.Job.RunId != message.RunId || plan.Batch.BatchId != message.BatchId)
        {
            return PlanRead.Problem(
                BatchDeadLetterReasons.PlanMismatch,
                $"The plan '{message.PlanPath}' is batch {plan.Batch.BatchId} of job {plan.Job.JobId} run {plan.Job.RunId}, not the message's {message.BatchId} of {message.JobId} run {message.RunId}.");
        }

        return new PlanRead(plan, string.Empty, string.Empty);
    }

    private sealed record PlanRead(ProcessBatchInput? Input, string Reason, string Description)
    {
        public static PlanRead Problem(string reason, string description) => new(null, reason, description);
    }
}
