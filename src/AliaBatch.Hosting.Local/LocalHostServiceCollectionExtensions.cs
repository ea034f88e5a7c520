using AliaBatch.Orchestration;
using AliaBatch.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AliaBatch.Hosting.Local;

/// <summary>Registers the durable local host.</summary>
public static class LocalHostServiceCollectionExtensions
{
    /// <summary>
    /// Adds the durable local host: <see cref="LocalJobHost"/> (the Durable Task Azure Storage backend on
    /// <c>AliaBatch:Storage:ConnectionString</c>, running the AliaBatch orchestrations) and the
    /// <see cref="IncomingWatcher"/> and <see cref="AgencyQueueWatcher"/>, all as hosted services (each watcher idles when switched off in <see cref="LocalHostOptions"/>); the
    /// <see cref="AgencyJobQueue"/>; the orchestration and intake services; and <see cref="LocalHostOptions"/> bound
    /// from configuration and validated at start. The document pipeline comes from <c>AddAliaBatchPipeline()</c>.
    /// </summary>
    public static IServiceCollection AddAliaBatchLocalHost(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddAliaBatchOrchestration();
        services.AddOptions<LocalHostOptions>().BindConfiguration(LocalHostOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>()
            .Validate(s => !string.IsNullOrWhiteSpace(s.ConnectionString),
                $"The durable local host needs {StorageOptions.SectionName}:ConnectionString (Azurite: UseDevelopmentStorage=true, or its full connection string).")
            .ValidateOnStart();
        services.TryAddSingleton<AgencyJobQueue>();
        services.TryAddSingleton<LocalJobHost>();
        services.TryAddSingleton<IncomingWatcher>();
        services.TryAddSingleton<AgencyQueueWatcher>();
        // Registration order is start order: the backend first, so the watchers find a started task hub.
        services.AddHostedService(sp => sp.GetRequiredService<LocalJobHost>());
        services.AddHostedService(sp => sp.GetRequiredService<IncomingWatcher>());
        services.AddHostedService(sp => sp.GetRequiredService<AgencyQueueWatcher>());
        return services;
    }
}
