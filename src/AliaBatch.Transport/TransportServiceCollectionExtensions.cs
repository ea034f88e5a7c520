using AliaBatch.Transport.InProcess;
using AliaBatch.Transport.ServiceBus;
using AliaBatch.Transport.StorageQueues;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AliaBatch.Transport;

/// <summary>Registers the batch transport.</summary>
public static class TransportServiceCollectionExtensions
{
    /// <summary>The storage account's section, whose <c>ConnectionString</c> and <c>QueueAccountUrl</c> the Storage queue transport falls back to.</summary>
    public const string StorageSectionName = "AliaBatch:Storage";

    /// <summary>
    /// Binds and validates at start <see cref="TransportOptions"/> (<c>AliaBatch:Transport</c>),
    /// <see cref="ServiceBusTransportOptions"/> (<c>AliaBatch:ServiceBus</c>) and <see cref="StorageQueueTransportOptions"/>
    /// (<c>AliaBatch:StorageQueue</c>, falling back to <c>AliaBatch:Storage:ConnectionString</c> and
    /// <c>AliaBatch:Storage:QueueAccountUrl</c>), and registers <see cref="IBatchSender"/> and <see cref="IBatchReceiver"/>
    /// as singletons of the configured <see cref="TransportOptions.Kind"/>.
    /// </summary>
    public static IServiceCollection AddAliaBatchTransport(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<TransportOptions>().BindConfiguration(TransportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ServiceBusTransportOptions>().BindConfiguration(ServiceBusTransportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageQueueTransportOptions>()
            .BindConfiguration(StorageQueueTransportOptions.SectionName)
            .PostConfigure<IConfiguration>(UseStorageAccountWhenUnset)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TransportOptions>, TransportOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(sp => new InProcessBatchQueue(
            Options<TransportOptions>(sp), sp.GetRequiredService<TimeProvider>(), sp.GetService<ILogger<InProcessBatchQueue>>()));
        services.TryAddSingleton(sp => BatchTransports.CreateStorageQueue(
            Options<StorageQueueTransportOptions>(sp), Options<TransportOptions>(sp), sp.GetRequiredService<TimeProvider>(), sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton(sp => BatchTransports.CreateServiceBusClient(Options<ServiceBusTransportOptions>(sp)));
        services.TryAddSingleton(sp => new ServiceBusBatchSender(
            sp.GetRequiredService<ServiceBusClient>().CreateSender(Options<ServiceBusTransportOptions>(sp).QueueName)));
        services.TryAddSingleton(sp => new ServiceBusBatchReceiver(
            sp.GetRequiredService<ServiceBusClient>().CreateReceiver(Options<ServiceBusTransportOptions>(sp).QueueName, BatchTransports.ReceiverOptions()),
            Options<TransportOptions>(sp),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<ServiceBusBatchReceiver>>()));

        services.TryAddSingleton<IBatchSender>(sp => Options<TransportOptions>(sp).Kind switch
        {
            TransportKind.StorageQueue => sp.GetRequiredService<StorageQueueBatchTransport>(),
            TransportKind.ServiceBus => sp.GetRequiredService<ServiceBusBatchSender>(),
            _ => sp.GetRequiredService<InProcessBatchQueue>(),
        });
        services.TryAddSingleton<IBatchReceiver>(sp => Options<TransportOptions>(sp).Kind switch
        {
            TransportKind.StorageQueue => sp.GetRequiredService<StorageQueueBatchTransport>(),
            TransportKind.ServiceBus => sp.GetRequiredService<ServiceBusBatchReceiver>(),
            _ => sp.GetRequiredService<InProcessBatchQueue>(),
        });
        return services;
    }

    private static T Options<T>(IServiceProvider services)
        where T : class => services.GetRequiredService<IOptions<T>>().Value;

    private static void UseStorageAccountWhenUnset(StorageQueueTransportOptions options, IConfiguration configuration)
    {
        if (options.IsConfigured)
        {
            return;
        }

        var storage = configuration.GetSection(StorageSectionName);
        options.ConnectionString = storage["ConnectionString"];
        options.AccountUrl = storage.GetValue<Uri?>("QueueAccountUrl");
    }
}
