using AliaBatch.Testing;
using AliaBatch.Transport.Events;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace AliaBatch.Transport.Tests.Events;

public sealed class JobEventServiceCollectionExtensionsTests(AzuriteFixture azurite)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddAliaBatchJobEvents_NoConfiguration_LogsEvents()
    {
        using var host = BuildHost([]);
        await host.StartAsync(Token);

        var publisher = host.Services.GetRequiredService<IJobEventPublisher>();
        await publisher.PublishAsync(JobEvents.Completed(), Token);

        Assert.IsType<LogJobEventPublisher>(publisher);
        await host.StopAsync(Token);
    }

    [Fact]
    public async Task AddAliaBatchJobEvents_None_DropsEventsWithoutAnyTransport()
    {
        using var host = BuildHost(new() { ["AliaBatch:Events:Kind"] = "None" });
        await host.StartAsync(Token);

        var publisher = host.Services.GetRequiredService<IJobEventPublisher>();
        await publisher.PublishAsync(JobEvents.Completed(), Token);

        Assert.IsNotType<LogJobEventPublisher>(publisher);
        Assert.IsNotType<StorageQueueJobEventPublisher>(publisher);
        Assert.IsNotType<ServiceBusJobEventPublisher>(publisher);
        await host.StopAsync(Token);
    }

    [Fact]
    public async Task AddAliaBatchJobEvents_StorageQueueOnTheStorageAccount_PublishesToAzurite()
    {
        var queueName = "events-" + Guid.NewGuid().ToString("N")[..12];
        using var host = BuildHost(new()
        {
            ["AliaBatch:Events:Kind"] = "StorageQueue",
            ["AliaBatch:Events:QueueName"] = queueName,
            ["AliaBatch:Storage:ConnectionString"] = azurite.ConnectionString,
        });
        await host.StartAsync(Token);

        var publisher = host.Services.GetRequiredService<IJobEventPublisher>();
        await publisher.PublishAsync(JobEvents.Completed(), Token);
        var peeked = (await new QueueClient(azurite.ConnectionString, queueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 })
            .PeekMessageAsync(Token)).Value;

        Assert.Equal(queueName, Assert.IsType<StorageQueueJobEventPublisher>(publisher).QueueName);
        Assert.Equal(JobEvents.Completed().Id, JobEvent.Parse(peeked.Body.ToString()).Id);
        await host.StopAsync(Token);
    }

    [Fact]
    public async Task AddAliaBatchJobEvents_ServiceBusWithNamespace_PublishesToTheEventsTopic()
    {
        using var host = BuildHost(new()
        {
            ["AliaBatch:Events:Kind"] = "ServiceBus",
            ["AliaBatch:ServiceBus:FullyQualifiedNamespace"] = "aliabatch-test.servicebus.windows.net",
        });
        await host.StartAsync(Token);

        Assert.IsType<ServiceBusJobEventPublisher>(host.Services.GetRequiredService<IJobEventPublisher>());
        Assert.Equal("job-events", host.Services.GetRequiredService<IOptions<ServiceBusTransportOptions>>().Value.EventsTopic);
        await host.StopAsync(Token);
    }

    [Theory]
    [InlineData("ServiceBus", "AliaBatch:ServiceBus:FullyQualifiedNamespace")]
    [InlineData("StorageQueue", "AliaBatch:Storage:QueueAccountUrl")]
    public async Task AddAliaBatchJobEvents_KindWithoutConnection_FailsAtStartNamingTheKeys(string kind, string expectedKey)
    {
        using var host = BuildHost(new() { ["AliaBatch:Events:Kind"] = kind });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Token));

        Assert.Contains("AliaBatch:Events:Kind", exception.Message, StringComparison.Ordinal);
        Assert.Contains(expectedKey, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AliaBatch:Events:QueueName", "Job_Events")]
    [InlineData("AliaBatch:ServiceBus:EventsTopic", "")]
    public async Task AddAliaBatchJobEvents_InvalidValue_FailsAtStartNamingTheKey(string key, string value)
    {
        using var host = BuildHost(new() { [key] = value });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Token));

        Assert.Contains(key, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAliaBatchJobEvents_WithTheTransport_SharesOneServiceBusClient()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AliaBatch:Transport:Kind"] = "ServiceBus",
            ["AliaBatch:Events:Kind"] = "ServiceBus",
            ["AliaBatch:ServiceBus:FullyQualifiedNamespace"] = "aliabatch-test.servicebus.windows.net",
        });
        builder.Services.AddAliaBatchTransport().AddAliaBatchJobEvents();
        using var host = builder.Build();
        await host.StartAsync(Token);

        Assert.Single(builder.Services, d => d.ServiceType == typeof(Azure.Messaging.ServiceBus.ServiceBusClient));
        Assert.IsType<ServiceBusJobEventPublisher>(host.Services.GetRequiredService<IJobEventPublisher>());
        await host.StopAsync(Token);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAliaBatchJobEvents();
        return builder.Build();
    }
}
