using AliaBatch.Orchestration.Intake;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Intake;

public sealed class IntakeOptionsTests
{
    [Fact]
    public void Bind_NoConfiguration_SafeDefaults()
    {
        using var host = Build([]);

        var options = host.Services.GetRequiredService<IOptions<IntakeOptions>>().Value;

        Assert.Equal("incoming", options.IncomingContainer);
        Assert.Equal("results", options.ResultsContainer);
        Assert.Equal(["incoming/"], options.EffectiveAllowedSources);
        Assert.False(options.AllowLocalSources);
    }

    [Fact]
    public void Bind_AllowedSourcesList_IsBound()
    {
        using var host = Build(new()
        {
            ["AliaBatch:Intake:AllowedSources:0"] = "incoming/agency1/",
            ["AliaBatch:Intake:AllowedSources:1"] = "incoming/agency2/",
        });

        var options = host.Services.GetRequiredService<IOptions<IntakeOptions>>().Value;

        Assert.Equal(["incoming/agency1/", "incoming/agency2/"], options.EffectiveAllowedSources);
    }

    [Theory]
    [InlineData("AliaBatch:Intake:DefaultTasks", """{"translate":{}}""", "AliaBatch:Intake:DefaultTasks")]
    [InlineData("AliaBatch:Intake:DefaultTasks", "not json", "AliaBatch:Intake:DefaultTasks")]
    [InlineData("AliaBatch:Intake:AllowedSources:0", "Bad Container/", "AliaBatch:Intake:AllowedSources")]
    [InlineData("AliaBatch:Intake:MaxRequestBytes", "10", "AliaBatch:Intake:MaxRequestBytes")]
    [InlineData("AliaBatch:Intake:IncomingContainer", "x", "AliaBatch:Intake:IncomingContainer")]
    public async Task Start_InvalidSetting_FailsNamingTheKey(string key, string value, string named)
    {
        using var host = Build(new() { [key] = value });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(named, exception.Message, StringComparison.Ordinal);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAliaBatchOrchestration();
        return builder.Build();
    }
}
