using AliaBatch.Inference.Packs;
using AliaBatch.Inference.Sessions;
using AliaBatch.Transport;
using AliaBatch.Worker.Consuming;
using AliaBatch.Worker.Health;
using AliaBatch.Worker.Models;
using Microsoft.Extensions.Options;

namespace AliaBatch.Worker;

/// <summary>
/// The worker's life: log the execution provider and device, pull and warm the models (then report ready), run
/// <see cref="WorkerOptions.ConcurrentBatches"/> receive loops until shutdown. A model pack that cannot be prepared
/// stops the process with <see cref="ExitCodes.ModelsUnavailable"/>.
/// </summary>
internal sealed class WorkerService(
    ModelPreparation models,
    ReceiveLoop loop,
    WorkerHealth health,
    IHostApplicationLifetime lifetime,
    IOptions<WorkerOptions> options,
    IOptions<InferenceOptions> inference,
    IOptions<TransportOptions> transport,
    ILogger<WorkerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var (provider, device, requireGpu) = (inference.Value.ExecutionProvider, inference.Value.DeviceId, inference.Value.RequireGpu);
        Log.Starting(logger, provider, device, requireGpu, transport.Value.Kind, settings.ConcurrentBatches);

        // Prepare only once the host has started: the probes answer during the download, and a failure that stops the
        // application cannot interrupt Kestrel's own start.
        if (!await HostStartedAsync(stoppingToken) || !await PrepareModelsAsync(stoppingToken))
        {
            return;
        }

        health.MarkModelsReady();
        var (packCount, cacheFolder) = (settings.AllPacks().Count, Path.GetFullPath(settings.ModelCacheDirectory));
        Log.Ready(logger, packCount, cacheFolder);
        await Task.WhenAll(Enumerable.Range(0, settings.ConcurrentBatches).Select(i => loop.RunAsync(i, stoppingToken)));
    }

    private async Task<bool> HostStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(started.SetResult);
        await using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task<bool> PrepareModelsAsync(CancellationToken stoppingToken)
    {
        try
        {
            await models.PrepareAsync(stoppingToken);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
        catch (ModelPackException exception)
        {
            Fail(ExitCodes.ModelsUnavailable, exception.Message);
            return false;
        }
        catch (Exception exception)
        {
            Log.StartupFailed(logger, exception);
            Fail(ExitCodes.StartupFailed, exception.Message);
            return false;
        }
    }

    private void Fail(int exitCode, string reason)
    {
        health.MarkFailed(reason);
        Environment.ExitCode = exitCode;
        lifetime.StopApplication();
    }
}
