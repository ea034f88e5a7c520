using AliaBatch.Hosting.Embedded;
using AliaBatch.Pipeline;
using AliaBatch.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Cli;

/// <summary>
/// The host the CLI runs in: configuration from <c>appsettings.json</c>, environment variables
/// (<c>AliaBatch__Storage__ConnectionString</c> …) and command-line overrides; logs to standard error. Jobs run through
/// the durable orchestrations on the embedded (in-memory) Durable Task backend.
/// </summary>
internal static class CliHost
{
    public static IHost Build(IEnumerable<KeyValuePair<string, string?>> overrides, bool verbose, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = "aliabatch",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning);
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
        builder.Services.AddAliaBatchPipeline();
        builder.Services.AddAliaBatchEmbeddedHost();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>
    /// Disposes the host asynchronously: the embedded and durable backends are asynchronous-disposable only, which a
    /// synchronous <see cref="IDisposable.Dispose"/> of the container would reject.
    /// </summary>
    public static async ValueTask DisposeAsync(IHost host)
    {
        if (host is IAsyncDisposable asynchronous)
        {
            await asynchronous.DisposeAsync();
        }
        else
        {
            host.Dispose();
        }
    }
}
