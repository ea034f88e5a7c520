using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AliaBatch.Transport.Events;

/// <summary>Registers the job event publisher.</summary>
public static class JobEventServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates at start <see cref="JobEventOptions"/> (<c>AliaBatch:Events</c>) and
    /// <see cref="ServiceBusTransportOptions"/> (<c>AliaBatch:ServiceBus</c>), and registers <see cref="IJobEventPublisher"/>
    /// as a singleton of the configured <see cref="JobEventOptions.Kind"/>. The Service Bus publisher shares the
    /// <see cref="ServiceBusClient"/> of the batch transport when both are registered.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddAliaBatchJobEvents(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<JobEventOptions>()
            .BindConfiguration(JobEventOptions.SectionName)
            .PostConfigure<IConfiguration>(UseStorageAccountWhenUnset)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ServiceBusTransportOptions>().BindConfiguration(ServiceBusTransportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JobEventOptions>, JobEventOptionsValidator>());
        services.TryAddSingleton(sp => BatchTransports.CreateServiceBusClient(Options<ServiceBusTransportOptions>(sp)));
        services.TryAddSingleton<IJobEventPublisher>(sp => Options<JobEventOptions>(sp).Kind switch
        {
            JobEventKind.ServiceBus => new ServiceBusJobEventPublisher(
                sp.GetRequiredService<ServiceBusClient>().CreateSender(Options<ServiceBusTransportOptions>(sp).EventsTopic)),
            JobEventKind.StorageQueue => new StorageQueueJobEventPublisher(CreateQueue(Options<JobEventOptions>(sp))),
            JobEventKind.Log => new LogJobEventPublisher(sp.GetRequiredService<ILogger<LogJobEventPublisher>>()),
            _ => new DiscardingJobEventPublisher(),
        });
        return services;
    }

    /// <summary>The events queue client with base64 bodies, as the Functions queue trigger reads them.</summary>
    /// <param name="options">The event settings, with <see cref="JobEventOptions.ConnectionString"/> or <see cref="JobEventOptions.AccountUrl"/>.</param>
    /// <returns>The client.</returns>
    /// <exception cref="InvalidOperationException">No storage account is configured; the message names the keys.</exception>
    public static QueueClient CreateQueue(JobEventOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var service = !string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new QueueServiceClient(options.ConnectionString, clientOptions)
            : options.AccountUrl is not null
                ? new QueueServiceClient(options.AccountUrl, new DefaultAzureCredential(), clientOptions)
                : throw new InvalidOperationException(
                    $"The job events queue is not configured: set {JobEventOptions.SectionName}:ConnectionString or {JobEventOptions.SectionName}:AccountUrl " +
                    $"(or {TransportServiceCollectionExtensions.StorageSectionName}:ConnectionString or {TransportServiceCollectionExtensions.StorageSectionName}:QueueAccountUrl).");
        return service.GetQueueClient(options.QueueName);
    }

    private static T Options<T>(IServiceProvider services)
        where T : class => services.GetRequiredService<IOptions<T>>().Value;

    private static void UseStorageAccountWhenUnset(JobEventOptions options, IConfiguration configuration)
    {
        if (options.IsStorageConfigured)
        {
            return;
        }

        var storage = configuration.GetSection(TransportServiceCollectionExtensions.StorageSectionName);
        options.ConnectionString = storage["ConnectionString"];
        options.AccountUrl = storage.GetValue<Uri?>("QueueAccountUrl");
    }
}
