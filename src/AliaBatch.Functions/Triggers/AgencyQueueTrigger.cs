using System.Text.Json;
using AliaBatch.Core.Serialization;
using AliaBatch.Orchestration.Intake;
using AliaBatch.Orchestration.Stores;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace AliaBatch.Functions.Triggers;

/// <summary>
/// Agency workloads: a job request per message on <c>agency-jobs</c>. An accepted request starts under a run id made
/// from the message id (a redelivery is a duplicate start, which succeeds). A rejected one is never dropped silently:
/// its <see cref="JobRejection"/> is written to the results container and the message goes to <c>agency-jobs-poison</c>
/// with the reason at once, instead of being retried until the queue gives up on it.
/// </summary>
public sealed class AgencyQueueTrigger(AgencyJobIntake intake, JobStarter starter, ObjectStoreResolver stores, IOptions<IntakeOptions> options)
{
    /// <summary>Handles one message.</summary>
    [Function(nameof(AgencyQueueTrigger))]
    public async Task<AgencyQueueOutput> RunAsync(
        [QueueTrigger(FunctionsHost.AgencyQueue, Connection = FunctionsHost.StorageConnection)] QueueMessage message,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return await HandleAsync(client, message.MessageId, message.Body.ToString(), cancellationToken);
    }

    /// <summary>Applies the intake rules to a message body.</summary>
    public async Task<AgencyQueueOutput> HandleAsync(DurableTaskClient client, string messageId, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var settings = options.Value;
        var result = intake.Accept(messageId, body);
        if (result.IsAccepted)
        {
            await starter.StartAsync(client, result.Request, StoreReference.Blob(settings.ResultsContainer), result.RunId, FunctionsHost.HostName, cancellationToken);
            return new AgencyQueueOutput();
        }

        await result.Rejection.WriteAsync(stores.Resolve(StoreReference.Blob(settings.ResultsContainer)), cancellationToken);
        var poison = new AgencyPoisonMessage(messageId, result.Rejection, body);
        return new AgencyQueueOutput { PoisonMessage = JsonSerializer.Serialize(poison, AliaBatchJson.Compact) };
    }
}
