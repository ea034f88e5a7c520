using System.Globalization;
using AliaBatch.Orchestration.Evaluation;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AliaBatch.Functions.Triggers;

/// <summary>
/// Scheduled bulk evaluation: on <c>AliaBatch:Evaluation:Schedule</c> (six-field CRON, UTC) starts
/// <see cref="EvaluationOrchestrator"/> for the configured suites as <c>eval:{slot}</c>, where the slot is the minute of
/// the scheduled occurrence the firing belongs to (UTC <c>yyyyMMddTHHmm</c>; a late or past-due firing keeps its
/// occurrence's slot): a slot runs once, and a second start for it succeeds without a second run.
/// </summary>
public sealed class EvaluationTimerTrigger(IOptions<EvaluationOptions> options, TimeProvider timeProvider, ILogger<EvaluationTimerTrigger> logger)
{
    private readonly Lazy<EvaluationSchedule> _schedule = new(() => EvaluationSchedule.Parse(options.Value.Schedule));

    /// <summary>Handles one tick.</summary>
    [Function(nameof(EvaluationTimerTrigger))]
    public Task<string?> RunAsync(
        [TimerTrigger("%AliaBatch:Evaluation:Schedule%")] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return StartSlotAsync(client, timeProvider.GetUtcNow(), cancellationToken);
    }

    /// <summary>
    /// The slot of a firing time: the minute (UTC <c>yyyyMMddTHHmm</c>) of the scheduled occurrence it belongs to, or of
    /// the firing itself when the schedule has no occurrence in the 400 days before it.
    /// </summary>
    public string Slot(DateTimeOffset firedAt) =>
        (_schedule.Value.OccurrenceOf(firedAt) ?? firedAt).UtcDateTime.ToString("yyyyMMdd'T'HHmm", CultureInfo.InvariantCulture);

    /// <summary>Starts the slot's run unless it exists; returns its instance id, or null when no suites are configured.</summary>
    public async Task<string?> StartSlotAsync(DurableTaskClient client, DateTimeOffset firedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var suites = options.Value.SuiteNames;
        if (suites.Count == 0)
        {
            logger.EvaluationSkipped();
            return null;
        }

        var slot = Slot(firedAt);
        var instanceId = EvaluationOrchestrator.InstanceId(slot);
        if (await client.GetInstanceAsync(instanceId, cancellationToken) is not null)
        {
            logger.EvaluationAlreadyStarted(instanceId);
            return instanceId;
        }

        try
        {
            var input = new EvaluationOrchestrationInput(suites, slot, FunctionsHost.HostName);
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(EvaluationOrchestrator), input, new StartOrchestrationOptions(instanceId), cancellationToken);
            logger.EvaluationStarted(instanceId, suites.Count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Another instance of the app fired for the same slot and won the race (each backend has its own exception).
            if (await client.GetInstanceAsync(instanceId, cancellationToken) is null)
            {
                throw;
            }

            logger.EvaluationAlreadyStarted(instanceId);
        }

        return instanceId;
    }
}
