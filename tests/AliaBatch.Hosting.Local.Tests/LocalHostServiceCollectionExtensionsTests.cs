using AliaBatch.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace AliaBatch.Hosting.Local.Tests;

public sealed class LocalHostServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddAliaBatchLocalHost_NoConnectionString_FailsAtStartNamingTheKey()
    {
        using var host = Build(new Dictionary<string, string?>());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("AliaBatch:Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAliaBatchLocalHost_InvalidTaskHubName_FailsAtStartNamingTheKey()
    {
        using var host = Build(new Dictionary<string, string?>
        {
            ["AliaBatch:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["AliaBatch:LocalHost:TaskHubName"] = "no-hyphens",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("AliaBatch:LocalHost:TaskHubName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAliaBatchLocalHost_Registered_HostedServicesStartBackendBeforeWatchers()
    {
        using var host = Build(new Dictionary<string, string?> { ["AliaBatch:Storage:ConnectionString"] = "UseDevelopmentStorage=true" });

        Type[] ours = [typeof(LocalJobHost), typeof(IncomingWatcher), typeof(AgencyQueueWatcher)];
        var hosted = host.Services.GetServices<IHostedService>().Select(s => s.GetType()).Where(ours.Contains).ToList();

        Assert.Equal(ours, hosted);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAliaBatchPipeline();
        builder.Services.AddAliaBatchLocalHost();
        return builder.Build();
    }
}
