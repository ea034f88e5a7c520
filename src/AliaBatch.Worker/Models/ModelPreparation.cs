using AliaBatch.Core.Jobs;
using AliaBatch.Inference.Packs;
using AliaBatch.Inference.Sessions;
using AliaBatch.Pipeline;
using Microsoft.Extensions.Options;

namespace AliaBatch.Worker.Models;

/// <summary>
/// Brings the configured model packs into the local cache (every file SHA-256 verified against the pack's
/// <c>model.json</c>), loads each model's ONNX Runtime session for the process lifetime, and warms every decoder up
/// through <see cref="ModelWarmUp"/> (one prefill and decode step per <c>AliaBatch:Models:WarmUpBuckets</c> shape), so
/// the first batch pays for neither kernel selection nor allocator growth.
/// </summary>
public sealed class ModelPreparation(
    ModelPackStore source,
    ModelPackCache cache,
    OnnxSessionFactory sessions,
    IServiceProvider services,
    IOptions<WorkerOptions> options,
    ILogger<ModelPreparation> logger)
{
    /// <summary>Pulls, verifies, loads and warms every configured pack; returns them in configuration order.</summary>
    /// <exception cref="ModelPackException">A pack is missing, a file is missing or corrupt, or a model does not load; the message names the pack.</exception>
    public async Task<IReadOnlyList<ModelPack>> PrepareAsync(CancellationToken cancellationToken = default)
    {
        var packs = new List<ModelPack>();
        foreach (var id in options.Value.AllPacks())
        {
            packs.Add(await NamingPackAsync(id, () => cache.LoadAsync(source, id, cancellationToken)));
        }

        foreach (var pack in packs)
        {
            await NamingPackAsync(pack.Manifest.Id, async () =>
            {
                await WarmUpAsync(pack, cancellationToken);
                return pack;
            });
        }

        return packs;
    }

    private async Task<ModelPack> NamingPackAsync(string packId, Func<Task<ModelPack>> step)
    {
        try
        {
            return await step();
        }
        catch (ModelPackException exception)
        {
            // The one line an operator needs: which pack, and what is missing or wrong with it.
            Log.ModelPackUnavailable(logger, packId, exception.Message);
            throw;
        }
    }

    private async Task WarmUpAsync(ModelPack pack, CancellationToken cancellationToken)
    {
        var id = pack.Manifest.Id;
        try
        {
            var session = sessions.GetSession(pack.ModelPath);
            if (pack.Manifest.Format == ModelPackFormat.OnnxDecoder)
            {
                await Task.Run(() => ModelWarmUp.Load(services, WarmUpTasks(id)), cancellationToken);
            }

            Log.ModelWarmedUp(logger, id, pack.Manifest.Version, session.ExecutionProvider);
        }
        catch (Exception exception) when (exception is InvalidDataException or FileNotFoundException or InvalidOperationException or NotSupportedException)
        {
            throw new ModelPackException($"Model pack '{id}' could not be loaded from {pack.Folder}: {exception.Message}", pack.Manifest.Model, exception);
        }
    }

    private static JobTasks WarmUpTasks(string packId) => new()
    {
        Summarize = new SummarizeTask { Mode = SummaryMode.Abstractive, Model = packId },
    };
}
