using AliaBatch.Core.Jobs;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration;
using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Transport;
using Xunit;

namespace AliaBatch.Worker.Tests.Support;

/// <summary>Writes what the orchestration writes before dispatching a batch: the source documents and the batch plan.</summary>
internal static class BatchFiles
{
    public static readonly string[] Texts =
    [
        "El plazo de pago del impuesto termina el 30 de noviembre. Los recibos se cargarán el día 5.",
        "El termini de pagament de l'impost acaba el 30 de novembre. Els rebuts es carregaran el dia 5.",
        "Zergaren ordainketa epea azaroaren 30ean amaitzen da. Ordainagiriak hilaren 5ean kobratuko dira.",
    ];

    /// <summary>Writes <paramref name="documents"/> source texts and the plan of one batch covering them; returns the message to send.</summary>
    public static async Task<InferenceBatchMessage> WriteBatchAsync(
        IObjectStore source, StoreReference sourceReference, IObjectStore results, StoreReference resultsReference,
        string jobId, string runId, JobTasks tasks, int documents)
    {
        var ct = TestContext.Current.CancellationToken;
        var infos = new List<ObjectInfo>();
        for (var i = 0; i < documents; i++)
        {
            infos.Add(await source.WriteTextAsync($"doc{i:D3}.txt", Texts[i % Texts.Length], cancellationToken: ct));
        }

        const string BatchId = "b000000";
        var planPath = BatchLayout.Plan(jobId, runId, BatchId);
        var job = new BatchJob(jobId, runId, tasks, OverwritePolicy.Skip, sourceReference, resultsReference);
        await results.WriteJsonAsync(planPath, new ProcessBatchInput(job, new BatchPlan(BatchId, infos)), cancellationToken: ct);
        return new InferenceBatchMessage(jobId, runId, BatchId, 1, DateTimeOffset.UtcNow.AddHours(1), planPath, ResultsLocation.Format(resultsReference));
    }

    /// <summary>Waits for the batch manifest; throws after two minutes.</summary>
    public static async Task<BatchManifest> WaitForManifestAsync(IObjectStore results, InferenceBatchMessage message)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        var path = BatchLayout.Manifest(message.JobId, message.RunId, message.BatchId);
        while (true)
        {
            if (await results.ReadJsonOrDefaultAsync<BatchManifest>(path, timeout.Token) is { } manifest)
            {
                return manifest;
            }

            await Task.Delay(100, timeout.Token);
        }
    }
}
