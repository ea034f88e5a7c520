using AliaBatch.Orchestration.Intake;
using AliaBatch.Orchestration.Stores;
using Azure.Storage.Queues.Models;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AliaBatch.Hosting.Local;

/// <summary>
/// Starts a job for every request on the agency queue, as the Functions app's queue trigger does: the intake rules
/// (<see cref="AgencyJobIntake"/>) accept or reject the body; an accepted request is started by <see cref="JobStarter"/>
/// under a run id from the message id and the message is deleted; a rejected one gets its record in the results
/// container and moves to the poison queue. A message whose start fails is left to be delivered again, and moves to
/// the poison queue after <see cref="LocalHostOptions.MaxDequeueCount"/> deliveries.
/// </summary>
public sealed class AgencyQueueWatcher(
    LocalJobHost host,
    AgencyJobQueue queue,
    AgencyJobIntake intake,
    JobStarter starter,
    ObjectStoreResolver stores,
    IOptions<IntakeOptions> intakeOptions,
    IOptions<LocalHostOptions> options,
    TimeProvider timeProvider,
    ILogger<AgencyQueueWatcher> logger) : BackgroundService
{
    private const int ReceiveCount = 16;

    /// <summary>Receives and handles one round of messages; returns how many were received.</summary>
    public async Task<int> PollAsync(CancellationToken cancellationToken = default)
    {
        var client = await host.GetClientAsync(cancellationToken);
        var messages = await queue.ReceiveAsync(ReceiveCount, options.Value.MessageVisibilityTimeout, cancellationToken);
        foreach (var message in messages)
        {
            try
            {
                await HandleAsync(client, message, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Left on the queue: it becomes visible again after the visibility timeout and is delivered again.
                logger.MessageFailed(message.MessageId, message.DequeueCount, exception);
            }
        }

        return messages.Length;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchAgencyQueue)
        {
            return;
        }

        await queue.CreateIfNotExistsAsync(stoppingToken);
        logger.WatchingAgencyQueue(queue.Name, queue.PoisonQueueName);
        while (!stoppingToken.IsCancellationRequested)
        {
            var received = 0;
            try
            {
                received = await PollAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.QueuePollFailed(queue.Name, exception);
            }

            if (received == 0)
            {
                await Task.Delay(options.Value.PollInterval, timeProvider, stoppingToken);
            }
        }
    }

    private async Task HandleAsync(DurableTaskClient client, QueueMessage message, CancellationToken cancellationToken)
    {
        if (message.DequeueCount > options.Value.MaxDequeueCount)
        {
            await queue.MoveToPoisonAsync(message, cancellationToken);
            logger.MessagePoisoned(message.MessageId, message.DequeueCount, queue.PoisonQueueName);
            return;
        }

        var results = StoreReference.Blob(intakeOptions.Value.ResultsContainer);
        var accepted = intake.Accept(message.MessageId, message.Body.ToString());
        if (!accepted.IsAccepted)
        {
            await accepted.Rejection.WriteAsync(stores.Resolve(results), cancellationToken);
            await queue.MoveToPoisonAsync(message, cancellationToken);
            logger.MessageRecorded(message.MessageId, accepted.Rejection.RecordPath, queue.PoisonQueueName);
            return;
        }

        var start = await starter.StartAsync(client, accepted.Request, results, accepted.RunId, options.Value.HostName, cancellationToken);
        await queue.DeleteAsync(message, cancellationToken);
        logger.MessageStarted(message.MessageId, start.InstanceId, start.AlreadyStarted);
    }
}
