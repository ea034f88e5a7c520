using Microsoft.Extensions.Options;

namespace AliaBatch.Transport;

/// <summary>Checks that the transport <see cref="TransportOptions.Kind"/> names has its connection settings; messages name the keys.</summary>
/// <param name="serviceBus">The Service Bus settings.</param>
/// <param name="storageQueue">The Storage queue settings (after falling back to the storage account's).</param>
internal sealed class TransportOptionsValidator(
    IOptions<ServiceBusTransportOptions> serviceBus,
    IOptions<StorageQueueTransportOptions> storageQueue) : IValidateOptions<TransportOptions>
{
    public ValidateOptionsResult Validate(string? name, TransportOptions options) => options.Kind switch
    {
        TransportKind.ServiceBus when !serviceBus.Value.IsConfigured => ValidateOptionsResult.Fail(
            $"{TransportOptions.SectionName}:Kind is ServiceBus, but Service Bus is not configured: set " +
            $"{ServiceBusTransportOptions.SectionName}:FullyQualifiedNamespace (managed identity) or {ServiceBusTransportOptions.SectionName}:ConnectionString."),
        TransportKind.StorageQueue when !storageQueue.Value.IsConfigured => ValidateOptionsResult.Fail(
            $"{TransportOptions.SectionName}:Kind is StorageQueue, but no storage account is configured for it: set " +
            $"{StorageQueueTransportOptions.SectionName}:ConnectionString or {StorageQueueTransportOptions.SectionName}:AccountUrl, " +
            $"or {TransportServiceCollectionExtensions.StorageSectionName}:ConnectionString or {TransportServiceCollectionExtensions.StorageSectionName}:QueueAccountUrl."),
        _ => ValidateOptionsResult.Success,
    };
}
