using AliaBatch.Transport;

namespace AliaBatch.Orchestration.Tests.Dispatch;

/// <summary>
/// A receiver that shows each received batch to <c>intercept</c> first: when it returns true the batch was taken care of
/// (a test losing or damaging a delivery) and the next one is received instead.
/// </summary>
internal sealed class InterceptingReceiver(IBatchReceiver inner, Func<ReceivedBatch, Task<bool>> intercept) : IBatchReceiver
{
    public async Task<ReceivedBatch?> ReceiveAsync(TimeSpan maxWaitTime, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var received = await inner.ReceiveAsync(maxWaitTime, cancellationToken);
            if (received is null || !await intercept(received))
            {
                return received;
            }
        }
    }
}
