using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Intake;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace AliaBatch.Hosting.Local.Tests;

public sealed class IncomingWatcherTests(AzuriteFixture azurite)
{
    private const string Spanish = "El Ayuntamiento informa de que el plazo para pagar el impuesto termina el 30 de noviembre. Los recibos domiciliados se cargarán en la cuenta el día 5.";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PollAsync_SingleFileDrop_StartsOneJobThatCompletesOnAzureStorage()
    {
        var suffix = LocalTestHost.NewSuffix();
        var storage = new StorageOptions { ConnectionString = azurite.ConnectionString };
        await ObjectStores.ForContainer(storage, "in-" + suffix).WriteTextAsync("agency1/aviso.txt", Spanish, cancellationToken: Token);
        using var host = LocalTestHost.Build(azurite.ConnectionString, suffix, new Dictionary<string, string?> { ["AliaBatch:LocalHost:WatchIncoming"] = "false" });
        await host.StartAsync(Token);
        try
        {
            var watcher = host.Services.GetRequiredService<IncomingWatcher>();

            var first = await watcher.PollAsync(Token);
            var second = await watcher.PollAsync(Token);

            var start = Assert.Single(first);
            Assert.False(start.AlreadyStarted);
            Assert.StartsWith("drop-", start.RunId, StringComparison.Ordinal);
            Assert.Empty(second);
            var client = await host.Services.GetRequiredService<LocalJobHost>().GetClientAsync(Token);
            var metadata = await client.WaitForInstanceCompletionAsync(start.InstanceId, Token);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
            var results = ObjectStores.ForContainer(storage, "out-" + suffix);
            var manifest = await results.ReadJsonOrDefaultAsync<JobManifest>($"{start.JobId}/{JobManifest.FileName}", Token);
            Assert.Equal(JobStatus.Succeeded, manifest!.Status);
            Assert.Equal("local", manifest.Host);
            Assert.NotNull(await results.GetInfoAsync($"{start.JobId}/aviso.txt.json", Token));
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task PollAsync_InvalidJobFile_WritesRejectionRecordAndStartsNothing()
    {
        var suffix = LocalTestHost.NewSuffix();
        var storage = new StorageOptions { ConnectionString = azurite.ConnectionString };
        var incoming = ObjectStores.ForContainer(storage, "in-" + suffix);
        await incoming.WriteTextAsync("agency1/drop1/a.txt", Spanish, cancellationToken: Token);
        await incoming.WriteTextAsync("agency1/drop1/_job.json", """{"tasks":{"summarize":{"maxSentences":0}}}""", cancellationToken: Token);
        using var host = LocalTestHost.Build(azurite.ConnectionString, suffix, new Dictionary<string, string?> { ["AliaBatch:LocalHost:WatchIncoming"] = "false" });
        await host.StartAsync(Token);
        try
        {
            var starts = await host.Services.GetRequiredService<IncomingWatcher>().PollAsync(Token);

            Assert.Empty(starts);
            var record = await ObjectStores.ForContainer(storage, "out-" + suffix)
                .ReadJsonOrDefaultAsync<JobRejection>("_rejections/drop/agency1/drop1.json", Token);
            Assert.Equal(RejectionCodes.Invalid, record!.Code);
            Assert.Contains("/tasks/summarize/maxSentences", record.JsonPointer + " " + record.Message, StringComparison.Ordinal);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
