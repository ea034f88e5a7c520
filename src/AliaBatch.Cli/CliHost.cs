using AliaBatch.Pipeline;
using AliaBatch.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Cli;

/// <summary>
/// The embedded host the CLI runs jobs in: configuration from <c>appsettings.json</c>, environment variables
/// (<c>AliaBatch__Storage__ConnectionString</c> …) and command-line overrides; logs to standard error.
/// </summary>
internal static class CliHost
{
    public static IHost Build(IEnumerable<KeyValuePair<string, string?>> overrides, bool verbose)
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
        return builder.Build();
    }
}
