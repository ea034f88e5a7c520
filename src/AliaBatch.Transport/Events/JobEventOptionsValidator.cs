using Microsoft.Extensions.Options;

namespace AliaBatch.Transport.Events;

/// <summary>Checks that the publisher <see cref="JobEventOptions.Kind"/> names has its connection settings; messages name the keys.</summary>
/// <param name="serviceBus">The Service Bus settings.</param>
internal sealed class JobEventOptionsValidator(IOptions<ServiceBusTransportOptions> serviceBus) : IValidateOptions<JobEventOptions>
{
    public ValidateOptionsResult Validate(string? name, JobEventOptions options) => options.Kind switch
    {
        JobEventKind.ServiceBus when !serviceBus.Value.IsConfigured => ValidateOptionsResult.Fail(
            $"{JobEventOptions.SectionName}:Kind is ServiceBus, but Service Bus is not configured: set " +
            $"{ServiceBusTransportOptions.SectionName}:FullyQualifiedNamespace (managed identity) or {ServiceBusTransportOptions.SectionName}:ConnectionString."),
        JobEventKind.ServiceBus when string.IsNullOrWhiteSpace(serviceBus.Value.EventsTopic) => ValidateOptionsResult.Fail(
            $"{JobEventOptions.SectionName}:Kind is ServiceBus, but {ServiceBusTransportOptions.SectionName}:EventsTopic is empty."),
        JobEventKind.StorageQueue when !options.IsStorageConfigured => ValidateOptionsResult.Fail(
            $"{JobEventOptions.SectionName}:Kind is StorageQueue, but no storage account is configured for it: set " +
            $"{JobEventOptions.SectionName}:ConnectionString or {JobEventOptions.SectionName}:AccountUrl, " +
            $"or {TransportServiceCollectionExtensions.StorageSectionName}:ConnectionString or {TransportServiceCollectionExtensions.StorageSectionName}:QueueAccountUrl."),
        _ when !Enum.IsDefined(options.Kind) => ValidateOptionsResult.Fail(
            $"{JobEventOptions.SectionName}:Kind must be None, Log, StorageQueue or ServiceBus."),
        _ => ValidateOptionsResult.Success,
    };
}
