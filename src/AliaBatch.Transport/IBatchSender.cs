namespace AliaBatch.Transport;

/// <summary>Hands batches to the inference tier (the orchestration side).</summary>
public interface IBatchSender
{
    /// <summary>Queues one batch; returns when the transport has accepted it durably (or, in process, in memory).</summary>
    Task SendAsync(InferenceBatchMessage message, CancellationToken cancellationToken = default);
}
