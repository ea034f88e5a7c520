using Microsoft.Extensions.Logging;

namespace AliaBatch.Transport;

/// <summary>What every <see cref="ReceivedBatch"/> of one receiver shares.</summary>
/// <param name="MaxDeliveryCount">Deliveries after which an abandoned batch is dead-lettered instead.</param>
/// <param name="MaxLockRenewalDuration">How long after receipt automatic renewal keeps the lock.</param>
/// <param name="Time">The clock.</param>
/// <param name="Logger">Where settlement and renewal problems are logged.</param>
internal sealed record LeaseSettings(int MaxDeliveryCount, TimeSpan MaxLockRenewalDuration, TimeProvider Time, ILogger Logger)
{
    /// <summary>Shortest pause between automatic renewals, so a tiny lock cannot spin the renewal loop.</summary>
    public static readonly TimeSpan MinimumRenewalInterval = TimeSpan.FromMilliseconds(50);
}
