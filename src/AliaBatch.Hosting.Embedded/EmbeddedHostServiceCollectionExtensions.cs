using AliaBatch.Orchestration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AliaBatch.Hosting.Embedded;

/// <summary>Registers the embedded job host.</summary>
public static class EmbeddedHostServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="EmbeddedJobHost"/> (a singleton that starts the in-memory backend on its first job), the
    /// orchestration services, and <see cref="EmbeddedHostOptions"/> bound from configuration and validated at start.
    /// The document pipeline comes from <c>AddAliaBatchPipeline()</c>.
    /// </summary>
    public static IServiceCollection AddAliaBatchEmbeddedHost(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddAliaBatchOrchestration();
        services.AddOptions<EmbeddedHostOptions>().BindConfiguration(EmbeddedHostOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<EmbeddedJobHost>();
        return services;
    }
}
