using System.Text.Json;
using AliaBatch.Testing;
using AliaBatch.Transport;
using AliaBatch.Transport.InProcess;
using AliaBatch.Transport.ServiceBus;
using AliaBatch.Transport.StorageQueues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace AliaBatch.Transport.Tests;

public sealed class TransportServiceCollectionExtensionsTests(AzuriteFixture azurite)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddAliaBatchTransport_NoConfiguration_IsOneInProcessQueueForBothEnds()
    {
        using var host = BuildHost([]);
        await host.StartAsync(Token);

        var sender = host.Services.GetRequiredService<IBatchSender>();
        var receiver = host.Services.GetRequiredService<IBatchReceiver>();
        await sender.SendAsync(Messages.Batch(), Token);
        await using var received = await receiver.ReceiveAsync(TimeSpan.FromSeconds(5), Token);

        Assert.IsType<InProcessBatchQueue>(sender);
        Assert.Same(sender, receiver);
        Assert.Equal(Messages.Batch(), received!.Message);
        Assert.Equal(5, host.Services.GetRequiredService<IOptions<TransportOptions>>().Value.MaxDeliveryCount);
        await host.StopAsync(Token);
    }

    [Fact]
    public async Task AddAliaBatchTransport_StorageQueueOnTheStorageAccount_RoundTripsThroughAzurite()
    {
        var queueName = "di-" + Guid.NewGuid().ToString("N")[..12];
        using var host = BuildHost(new()
        {
            ["AliaBatch:Transport:Kind"] = "StorageQueue",
            ["AliaBatch:Transport:LockDuration"] = "00:00:30",
            ["AliaBatch:Storage:ConnectionString"] = azurite.ConnectionString,
            ["AliaBatch:StorageQueue:QueueName"] = queueName,
        });
        await host.StartAsync(Token);

        var sender = host.Services.GetRequiredService<IBatchSender>();
        await sender.SendAsync(Messages.Batch(), Token);
        await using var received = await host.Services.GetRequiredService<IBatchReceiver>().ReceiveAsync(TimeSpan.FromSeconds(10), Token);
        await received!.CompleteAsync(Token);

        var transport = Assert.IsType<StorageQueueBatchTransport>(sender);
        Assert.Equal(queueName, transport.QueueName);
        Assert.Equal(Messages.Batch(), received.Message);
        await host.StopAsync(Token);
    }

    [Fact]
    public async Task AddAliaBatchTransport_ServiceBusWithNamespace_ResolvesTheServiceBusEnds()
    {
        using var host = BuildHost(new()
        {
            ["AliaBatch:Transport:Kind"] = "ServiceBus",
            ["AliaBatch:ServiceBus:FullyQualifiedNamespace"] = "aliabatch-test.servicebus.windows.net",
        });
        await host.StartAsync(Token);

        Assert.IsType<ServiceBusBatchSender>(host.Services.GetRequiredService<IBatchSender>());
        Assert.IsType<ServiceBusBatchReceiver>(host.Services.GetRequiredService<IBatchReceiver>());
        Assert.Equal("inference-batches", host.Services.GetRequiredService<IOptions<ServiceBusTransportOptions>>().Value.QueueName);
        await host.StopAsync(Token);
    }

    [Theory]
    [InlineData("ServiceBus", "AliaBatch:ServiceBus:FullyQualifiedNamespace")]
    [InlineData("StorageQueue", "AliaBatch:Storage:QueueAccountUrl")]
    public async Task AddAliaBatchTransport_KindWithoutConnection_FailsAtStartNamingTheKeys(string kind, string expectedKey)
    {
        using var host = BuildHost(new() { ["AliaBatch:Transport:Kind"] = kind });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Token));

        Assert.Contains("AliaBatch:Transport:Kind", exception.Message, StringComparison.Ordinal);
        Assert.Contains(expectedKey, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AliaBatch:Transport:MaxDeliveryCount", "0")]
    [InlineData("AliaBatch:Transport:LockDuration", "00:00:00")]
    [InlineData("AliaBatch:StorageQueue:QueueName", "Inference_Batches")]
    [InlineData("AliaBatch:ServiceBus:QueueName", "")]
    public async Task AddAliaBatchTransport_InvalidValue_FailsAtStartNamingTheKey(string key, string value)
    {
        using var host = BuildHost(new() { [key] = value });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Token));

        Assert.Contains(key, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAliaBatchTransport_QueueAccountUrlOfTheStorageAccount_IsTheQueueEndpoint()
    {
        using var host = BuildHost(new()
        {
            ["AliaBatch:Transport:Kind"] = "StorageQueue",
            ["AliaBatch:Storage:QueueAccountUrl"] = "https://account.queue.core.windows.net/",
        });
        await host.StartAsync(Token);

        var options = host.Services.GetRequiredService<IOptions<StorageQueueTransportOptions>>().Value;

        Assert.Equal(new Uri("https://account.queue.core.windows.net/"), options.AccountUrl);
        Assert.Null(options.ConnectionString);
        await host.StopAsync(Token);
    }

    [Fact]
    public void AppSettingsContract_TransportKeys_AreBoundByTheOptions()
    {
        using var contract = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InRepository("bicep", "app-settings.contract.json")));
        var keys = contract.RootElement.GetProperty("settings").EnumerateObject().Select(p => p.Name).ToList();
        var bound = new Dictionary<string, Type>(StringComparer.Ordinal)
        {
            [TransportOptions.SectionName] = typeof(TransportOptions),
            [ServiceBusTransportOptions.SectionName] = typeof(ServiceBusTransportOptions),
        };

        var checkedKeys = 0;
        foreach (var key in keys.Where(k => k.StartsWith("AliaBatch__", StringComparison.Ordinal)))
        {
            var path = key.Replace("__", ":", StringComparison.Ordinal);
            var section = path[..path.LastIndexOf(':')];
            if (bound.TryGetValue(section, out var type))
            {
                Assert.NotNull(type.GetProperty(path[(path.LastIndexOf(':') + 1)..]));
                checkedKeys++;
            }
        }

        Assert.Equal(4, checkedKeys);
        Assert.Contains("AliaBatch__Storage__QueueAccountUrl", keys);
        Assert.Equal("AliaBatch:Storage", TransportServiceCollectionExtensions.StorageSectionName);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAliaBatchTransport();
        return builder.Build();
    }
}
