using AliaBatch.Orchestration.Activities;
using AliaBatch.Orchestration.Evaluation;
using AliaBatch.Orchestration.Events;
using AliaBatch.Orchestration.Payloads;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace AliaBatch.Functions.Durable;

/// <summary>
/// The class-based activities of <c>AliaBatch.Orchestration</c> as functions: each wrapper creates the activity from the
/// function's services (as <c>AddAliaBatchTasks()</c> does in the other hosts) and runs it. The <c>instanceId</c>
/// parameter is bound from the trigger's binding data.
/// </summary>
public static class ActivityFunctions
{
    /// <summary>Lists a page of a job's documents and plans its batches.</summary>
    [Function(nameof(PreparePageActivity))]
    public static Task<PreparedPage> PreparePageAsync([ActivityTrigger] PreparePageInput input, string instanceId, FunctionContext context) =>
        RunAsync<PreparePageActivity, PreparePageInput, PreparedPage>(input, instanceId, context);

    /// <summary>Processes (or dispatches) one batch.</summary>
    [Function(nameof(ProcessBatchActivity))]
    public static Task<BatchCounts> ProcessBatchAsync([ActivityTrigger] ProcessBatchInput input, string instanceId, FunctionContext context) =>
        RunAsync<ProcessBatchActivity, ProcessBatchInput, BatchCounts>(input, instanceId, context);

    /// <summary>Sends one batch to the inference tier.</summary>
    [Function(nameof(DispatchBatchActivity))]
    public static Task<bool> DispatchBatchAsync([ActivityTrigger] DispatchBatchInput input, string instanceId, FunctionContext context) =>
        RunAsync<DispatchBatchActivity, DispatchBatchInput, bool>(input, instanceId, context);

    /// <summary>Reads which dispatched batches have their manifests.</summary>
    [Function(nameof(CheckBatchesActivity))]
    public static Task<IReadOnlyList<FinishedBatch>> CheckBatchesAsync([ActivityTrigger] CheckBatchesInput input, string instanceId, FunctionContext context) =>
        RunAsync<CheckBatchesActivity, CheckBatchesInput, IReadOnlyList<FinishedBatch>>(input, instanceId, context);

    /// <summary>Records a batch that ran out of attempts as failed.</summary>
    [Function(nameof(FailBatchActivity))]
    public static Task<BatchCounts> FailBatchAsync([ActivityTrigger] FailBatchInput input, string instanceId, FunctionContext context) =>
        RunAsync<FailBatchActivity, FailBatchInput, BatchCounts>(input, instanceId, context);

    /// <summary>Writes the job manifest and index from the batch manifests.</summary>
    [Function(nameof(FinalizeJobActivity))]
    public static Task<JobOrchestrationResult> FinalizeJobAsync([ActivityTrigger] FinalizeJobInput input, string instanceId, FunctionContext context) =>
        RunAsync<FinalizeJobActivity, FinalizeJobInput, JobOrchestrationResult>(input, instanceId, context);

    /// <summary>Publishes a job's event.</summary>
    [Function(nameof(PublishJobEventActivity))]
    public static Task<string> PublishJobEventAsync([ActivityTrigger] PublishJobEventInput input, string instanceId, FunctionContext context) =>
        RunAsync<PublishJobEventActivity, PublishJobEventInput, string>(input, instanceId, context);

    /// <summary>Evaluates one suite of a scheduled evaluation.</summary>
    [Function(nameof(EvaluateSuiteActivity))]
    public static Task<SuiteEvaluation> EvaluateSuiteAsync([ActivityTrigger] EvaluateSuiteInput input, string instanceId, FunctionContext context) =>
        RunAsync<EvaluateSuiteActivity, EvaluateSuiteInput, SuiteEvaluation>(input, instanceId, context);

    private static Task<TOutput> RunAsync<TActivity, TInput, TOutput>(TInput input, string instanceId, FunctionContext context)
        where TActivity : TaskActivity<TInput, TOutput>
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = ActivatorUtilities.CreateInstance<TActivity>(context.InstanceServices);
        return activity.RunAsync(new FunctionActivityContext(typeof(TActivity).Name, instanceId), input);
    }
}
