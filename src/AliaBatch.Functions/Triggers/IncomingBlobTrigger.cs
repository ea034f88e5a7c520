using AliaBatch.Orchestration.Intake;
using AliaBatch.Orchestration.Stores;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace AliaBatch.Functions.Triggers;

/// <summary>
/// Blob drops: Event Grid delivers every blob created in <c>incoming</c>; the intake rules (<see cref="DropIntake"/>)
/// decide whether it completes a drop, and <see cref="JobStarter"/> starts it under a run id made from the blob's path and
/// ETag, so a duplicate delivery finds the run it started and succeeds. A drop that cannot start gets its rejection
/// record in the results container; nothing is retried that would fail the same way.
/// </summary>
public sealed class IncomingBlobTrigger(DropIntake intake, JobStarter starter, ObjectStoreResolver stores, IOptions<IntakeOptions> options)
{
    /// <summary>Handles one blob event.</summary>
    [Function(nameof(IncomingBlobTrigger))]
    public async Task RunAsync(
        [BlobTrigger(FunctionsHost.IncomingPath, Source = BlobTriggerSource.EventGrid, Connection = FunctionsHost.StorageConnection)] BlobClient blob,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        ArgumentNullException.ThrowIfNull(client);
        var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
        await HandleAsync(client, blob.Name, properties.Value.ETag.ToString(), cancellationToken);
    }

    /// <summary>Applies the intake rules to the blob at <paramref name="path"/> in the incoming container.</summary>
    public async Task<DropDecision> HandleAsync(DurableTaskClient client, string path, string etag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var settings = options.Value;
        var incoming = stores.Resolve(StoreReference.Blob(settings.IncomingContainer));
        var decision = await intake.DecideAsync(incoming, path, etag, cancellationToken);
        switch (decision.Outcome)
        {
            case DropOutcome.Start:
                await starter.StartAsync(client, decision.Request!, StoreReference.Blob(settings.ResultsContainer), decision.RunId!, FunctionsHost.HostName, cancellationToken);
                break;
            case DropOutcome.Reject:
                await decision.Rejection!.WriteAsync(stores.Resolve(StoreReference.Blob(settings.ResultsContainer)), cancellationToken);
                break;
            default:
                break;
        }

        return decision;
    }
}
