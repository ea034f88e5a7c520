using AliaBatch.Orchestration.Evaluation;
using AliaBatch.Orchestration.Orchestrators;
using AliaBatch.Orchestration.Payloads;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace AliaBatch.Functions.Durable;

/// <summary>
/// The class-based orchestrators of <c>AliaBatch.Orchestration</c> as functions (no Durable source generator is served):
/// each wrapper only hands its context and input to the same class every host runs. Function names are the names
/// <c>AddAliaBatchTasks()</c> registers.
/// </summary>
public static class OrchestratorFunctions
{
    /// <summary>A job run.</summary>
    [Function(nameof(JobOrchestrator))]
    public static Task<JobOrchestrationResult?> RunJobAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new JobOrchestrator().RunAsync(context, context.GetInput<JobOrchestrationInput>()!);
    }

    /// <summary>A group of batches of a job run.</summary>
    [Function(nameof(BatchGroupOrchestrator))]
    public static Task<BatchCounts> RunBatchGroupAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new BatchGroupOrchestrator().RunAsync(context, context.GetInput<BatchGroupInput>()!);
    }

    /// <summary>A scheduled evaluation run.</summary>
    [Function(nameof(EvaluationOrchestrator))]
    public static Task<EvaluationOrchestrationResult> RunEvaluationAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new EvaluationOrchestrator().RunAsync(context, context.GetInput<EvaluationOrchestrationInput>()!);
    }
}
