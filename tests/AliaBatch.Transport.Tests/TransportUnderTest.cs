using AliaBatch.Transport;

namespace AliaBatch.Transport.Tests;

/// <summary>A transport as the contract tests see it: both ends and a way to read what was dead-lettered.</summary>
public sealed record TransportUnderTest(
    IBatchSender Sender,
    IBatchReceiver Receiver,
    Func<CancellationToken, Task<IReadOnlyList<DeadLetteredBatch>>> ReadDeadLettersAsync);
