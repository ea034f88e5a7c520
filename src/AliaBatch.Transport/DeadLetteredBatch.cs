namespace AliaBatch.Transport;

/// <summary>
/// A batch message set aside as poison: the body as it was received, why, and after how many deliveries. It is the
/// body of a Storage poison-queue message and the entry of the in-process dead-letter list.
/// </summary>
/// <param name="MessageId">The message id (for a malformed body, the transport's own id).</param>
/// <param name="Body">The original body, unparsed.</param>
/// <param name="Reason">A short reason code, e.g. <see cref="DeadLetterReasons.MaxDeliveryCountExceeded"/>.</param>
/// <param name="Description">Details for the operator.</param>
/// <param name="DeliveryCount">Deliveries before it was set aside.</param>
/// <param name="DeadLetteredAt">When.</param>
public sealed record DeadLetteredBatch(
    string MessageId,
    string Body,
    string Reason,
    string Description,
    int DeliveryCount,
    DateTimeOffset DeadLetteredAt);
