using AliaBatch.Orchestration.Payloads;
using AliaBatch.Transport;

namespace AliaBatch.Orchestration.Dispatch;

/// <summary>What a <see cref="BatchConsumer"/> did with one received batch: the figures a worker turns into metrics.</summary>
/// <param name="Message">The work item.</param>
/// <param name="DeliveryCount">Its delivery count (1 on the first delivery).</param>
/// <param name="Disposition">How it was settled.</param>
/// <param name="Counts">The batch manifest's counts when <see cref="BatchDisposition.Completed"/>; otherwise null.</param>
/// <param name="AlreadyDone">True when the manifest existed already (another delivery finished it) and nothing was processed.</param>
/// <param name="Reason">Why it was abandoned, dead-lettered or lost; null when completed.</param>
/// <param name="QueueWait">From when the message was queued to when it was received (includes earlier deliveries); null when the transport does not say.</param>
/// <param name="ProcessingDuration">From receipt to settlement.</param>
/// <param name="TokensIn">Tokens the models read for the documents processed now (from the results' provenance).</param>
/// <param name="TokensOut">Tokens the models wrote for them.</param>
public sealed record BatchOutcome(
    InferenceBatchMessage Message,
    int DeliveryCount,
    BatchDisposition Disposition,
    BatchCounts? Counts,
    bool AlreadyDone,
    string? Reason,
    TimeSpan? QueueWait,
    TimeSpan ProcessingDuration,
    long TokensIn,
    long TokensOut);
