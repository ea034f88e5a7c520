using Microsoft.Azure.Functions.Worker;

namespace AliaBatch.Functions.Triggers;

/// <summary>The agency trigger's output: a poison message for a rejected request, nothing otherwise.</summary>
public sealed class AgencyQueueOutput
{
    /// <summary>The JSON of an <see cref="AgencyPoisonMessage"/>, or null when the request was accepted.</summary>
    [QueueOutput(FunctionsHost.AgencyPoisonQueue, Connection = FunctionsHost.StorageConnection)]
    public string? PoisonMessage { get; init; }
}
