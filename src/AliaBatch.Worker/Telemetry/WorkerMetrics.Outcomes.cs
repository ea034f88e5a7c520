using AliaBatch.Orchestration.Dispatch;

namespace AliaBatch.Worker.Telemetry;

/// <summary>Turning a consumer's <see cref="BatchOutcome"/> into measurements.</summary>
public sealed partial class WorkerMetrics
{
    /// <summary>The <c>disposition</c> tag of an outcome: <c>completed</c>, <c>already_done</c>, <c>abandoned</c>, <c>dead_lettered</c> or <c>lock_lost</c>.</summary>
    public static string DispositionTag(BatchOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Disposition switch
        {
            BatchDisposition.Completed when outcome.AlreadyDone => "already_done",
            BatchDisposition.Completed => "completed",
            BatchDisposition.Abandoned => "abandoned",
            BatchDisposition.DeadLettered => "dead_lettered",
            _ => "lock_lost",
        };
    }

    /// <summary>Records a handled batch: its disposition, durations, the documents of its manifest by status, and tokens generated.</summary>
    public void Record(BatchOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        RecordBatch(DispositionTag(outcome), outcome.QueueWait, outcome.ProcessingDuration);
        if (outcome is { Counts: { } counts, AlreadyDone: false })
        {
            RecordDocuments("succeeded", counts.Succeeded);
            RecordDocuments("failed", counts.Failed);
            RecordDocuments("skipped", counts.Skipped);
            RecordTokens(outcome.TokensOut);
        }
    }
}
