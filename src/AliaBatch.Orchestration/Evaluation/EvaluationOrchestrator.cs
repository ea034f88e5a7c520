using AliaBatch.Core.Results;
using AliaBatch.Evaluation.Suites;
using AliaBatch.Orchestration.Events;
using AliaBatch.Transport.Events;
using Microsoft.DurableTask;

namespace AliaBatch.Orchestration.Evaluation;

/// <summary>
/// A scheduled evaluation run: one <see cref="EvaluateSuiteActivity"/> per suite, all at once → aggregate → publish
/// <c>evaluation.completed</c>, and <c>evaluation.regressed</c> with every regressed metric when any suite regressed.
/// A suite that cannot be evaluated (missing, malformed, no model) is recorded as failed; the others still count.
/// </summary>
public sealed class EvaluationOrchestrator : TaskOrchestrator<EvaluationOrchestrationInput, EvaluationOrchestrationResult>
{
    /// <summary>What <see cref="JobEvent.Status"/> says when every suite was evaluated.</summary>
    public const string CompletedStatus = "completed";

    /// <summary>What <see cref="JobEvent.Status"/> says when some suites could not be evaluated.</summary>
    public const string CompletedWithErrorsStatus = "completedWithErrors";

    /// <summary>What <see cref="JobEvent.Status"/> says when no suite could be evaluated.</summary>
    public const string FailedStatus = "failed";

    /// <summary>What <see cref="JobEvent.Status"/> of an <c>evaluation.regressed</c> event says.</summary>
    public const string RegressedStatus = "regressed";

    // Evaluating a suite is long: one retry covers a lost worker or a storage blip. A malformed or missing suite, or a
    // missing model, fails the same way every time, so it is not retried.
    private static readonly TaskOptions s_suiteRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 2, firstRetryInterval: TimeSpan.FromSeconds(30))
    {
        HandleFailure = failure => !failure.IsCausedBy<SuiteValidationException>() && !failure.IsCausedBy<InvalidOperationException>(),
    });

    private static readonly TaskOptions s_publishRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 5, firstRetryInterval: TimeSpan.FromSeconds(2), backoffCoefficient: 2.0));

    /// <summary>The instance id of the run of a schedule slot: <c>eval:{slot}</c>, so a slot runs once.</summary>
    /// <param name="slot">The slot, UTC <c>yyyyMMddTHHmm</c>.</param>
    /// <returns>The instance id.</returns>
    public static string InstanceId(string slot) => $"eval:{slot}";

    /// <inheritdoc />
    public override async Task<EvaluationOrchestrationResult> RunAsync(TaskOrchestrationContext context, EvaluationOrchestrationInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var logger = context.CreateReplaySafeLogger<EvaluationOrchestrator>();
        var runId = input.Slot;
        var startedAt = context.CurrentUtcDateTime;
        var suites = input.Suites.Distinct(StringComparer.Ordinal).ToList();
        logger.EvaluationStarted(runId, suites.Count, input.HostName);

        var running = suites
            .Select(s => context.CallActivityAsync<SuiteEvaluation>(nameof(EvaluateSuiteActivity), new EvaluateSuiteInput(s, runId, startedAt), s_suiteRetry))
            .ToList();
        var evaluated = new List<SuiteEvaluation>(suites.Count);
        var failed = new List<string>();
        for (var n = 0; n < suites.Count; n++)
        {
            try
            {
                evaluated.Add(await running[n]);
            }
            catch (TaskFailedException exception)
            {
                logger.SuiteEvaluationFailed(runId, suites[n], exception.FailureDetails.ErrorType, exception.FailureDetails.ErrorMessage);
                failed.Add(suites[n]);
            }
        }

        var result = new EvaluationOrchestrationResult(runId, evaluated, failed);
        var status = failed.Count == 0 ? CompletedStatus : evaluated.Count > 0 ? CompletedWithErrorsStatus : FailedStatus;
        await PublishAsync(context, Event(context, input, JobEventTypes.EvaluationCompleted, status, result));
        var regressions = evaluated.SelectMany(e => e.Regressions).ToList();
        if (regressions.Count > 0)
        {
            await PublishAsync(context, Event(context, input, JobEventTypes.EvaluationRegressed, RegressedStatus, result) with { Regressions = regressions });
        }

        logger.EvaluationFinished(runId, evaluated.Count, failed.Count, regressions.Count);
        return result;
    }

    private static Task<string> PublishAsync(TaskOrchestrationContext context, JobEvent jobEvent) =>
        context.CallActivityAsync<string>(nameof(PublishJobEventActivity), new PublishJobEventInput(jobEvent), s_publishRetry);

    private static JobEvent Event(TaskOrchestrationContext context, EvaluationOrchestrationInput input, string type, string status, EvaluationOrchestrationResult result) => new()
    {
        Id = $"{type}:{result.RunId}",
        Type = type,
        Subject = $"evaluations/{result.RunId}",
        JobId = InstanceId(input.Slot),
        RunId = result.RunId,
        Status = status,
        Counts = new JobCounts(result.Evaluated.Count + result.FailedSuites.Count, result.Evaluated.Count, result.FailedSuites.Count, 0),
        ResultLocations = [.. result.Evaluated.SelectMany(e => e.ReportLocations)],
        Time = context.CurrentUtcDateTime,
    };
}
