using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Intake;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

[assembly: AssemblyFixture(typeof(AzuriteFixture))]

namespace AliaBatch.Hosting.Local.Tests;

public sealed class AgencyQueueWatcherTests(AzuriteFixture azurite)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PollAsync_ValidRequest_StartsTheJobUnderTheMessageRunIdAndDeletesTheMessage()
    {
        var suffix = LocalTestHost.NewSuffix();
        var storage = new StorageOptions { ConnectionString = azurite.ConnectionString };
        await ObjectStores.ForContainer(storage, "in-" + suffix).WriteTextAsync("agency1/carta.txt", "L'Ajuntament informa que el termini per pagar l'impost acaba el 30 de novembre.", cancellationToken: Token);
        using var host = LocalTestHost.Build(azurite.ConnectionString, suffix, new Dictionary<string, string?> { ["AliaBatch:LocalHost:WatchAgencyQueue"] = "false" });
        await host.StartAsync(Token);
        try
        {
            var queue = host.Services.GetRequiredService<AgencyJobQueue>();
            var (_, runId) = await queue.SendAsync(
                """{"schemaVersion":"1.0","jobId":"queued","source":{"kind":"blob","container":"in-SUFFIX","prefix":"agency1"},"tasks":{"summarize":{}}}"""
                    .Replace("SUFFIX", suffix, StringComparison.Ordinal),
                Token);

            var received = await host.Services.GetRequiredService<AgencyQueueWatcher>().PollAsync(Token);

            Assert.Equal(1, received);
            var client = await host.Services.GetRequiredService<LocalJobHost>().GetClientAsync(Token);
            var metadata = await client.WaitForInstanceCompletionAsync($"queued:{runId}", Token);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
            Assert.NotNull(await ObjectStores.ForContainer(storage, "out-" + suffix).GetInfoAsync("queued/carta.txt.json", Token));
            Assert.Empty(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(1), Token));
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task PollAsync_SourceOutsideAllowedContainers_WritesRejectionAndMovesMessageToPoison()
    {
        var suffix = LocalTestHost.NewSuffix();
        using var host = LocalTestHost.Build(azurite.ConnectionString, suffix, new Dictionary<string, string?> { ["AliaBatch:LocalHost:WatchAgencyQueue"] = "false" });
        await host.StartAsync(Token);
        try
        {
            var queue = host.Services.GetRequiredService<AgencyJobQueue>();
            var body = """{"schemaVersion":"1.0","source":{"kind":"blob","container":"secrets"},"tasks":{"summarize":{}}}""";
            var (messageId, _) = await queue.SendAsync(body, Token);

            await host.Services.GetRequiredService<AgencyQueueWatcher>().PollAsync(Token);

            var record = await ObjectStores.ForContainer(new StorageOptions { ConnectionString = azurite.ConnectionString }, "out-" + suffix)
                .ReadJsonOrDefaultAsync<JobRejection>($"_rejections/queue/{messageId}.json", Token);
            Assert.Equal(RejectionCodes.Unauthorized, record!.Code);
            var poisoned = Assert.Single(await queue.PeekPoisonAsync(10, Token));
            Assert.Equal(body, poisoned.Body.ToString());
            Assert.Empty(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(1), Token));
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
