using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Transport;

namespace AliaBatch.Hosting.Embedded;

/// <summary>
/// The embedded host's inference tier in transport dispatch mode: <c>count</c> <see cref="BatchConsumer"/> loops on one
/// receiver, from start until disposal. Disposal stops them; a batch in hand is abandoned.
/// </summary>
internal sealed class ConsumerPool : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _loops;

    public ConsumerPool(BatchConsumer consumer, IBatchReceiver receiver, int count)
    {
        ArgumentNullException.ThrowIfNull(consumer);
        ArgumentNullException.ThrowIfNull(receiver);
        _loops = [.. Enumerable.Range(0, count).Select(_ => Task.Run(() => consumer.RunAsync(receiver, _stop.Token)))];
    }

    /// <summary>Consumer loops running.</summary>
    public int Count => _loops.Length;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_loops);
        _stop.Dispose();
    }
}
