using AliaBatch.Orchestration.Evaluation;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Evaluation;

public sealed class EvaluationOptionsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddAliaBatchOrchestration_NoConfiguration_BindsSafeDefaults()
    {
        using var host = BuildHost([]);
        await host.StartAsync(Token);

        var options = host.Services.GetRequiredService<IOptions<EvaluationOptions>>().Value;

        Assert.Equal("0 0 3 * * *", options.Schedule);
        Assert.Empty(options.SuiteNames);
        Assert.Equal(StoreReference.Blob("eval-suites"), options.SuitesStore());
        Assert.Equal(StoreReference.Blob("eval-results"), options.ResultsStore());
        await host.StopAsync(Token);
    }

    [Fact]
    public async Task AddAliaBatchOrchestration_SuitesAndLocalRoot_AreReadFromConfiguration()
    {
        using var host = BuildHost(new()
        {
            ["AliaBatch:Evaluation:Suites"] = " udhr-translation, udhr-langid ,udhr-translation",
            ["AliaBatch:Evaluation:LocalRoot"] = "/data/aliabatch",
            ["AliaBatch:Evaluation:ResultsContainer"] = "nightly-results",
        });
        await host.StartAsync(Token);

        var options = host.Services.GetRequiredService<IOptions<EvaluationOptions>>().Value;

        Assert.Equal(["udhr-translation", "udhr-langid"], options.SuiteNames);
        Assert.Equal(StoreReference.Local(Path.Combine("/data/aliabatch", "eval-suites")), options.SuitesStore());
        Assert.Equal(StoreReference.Local(Path.Combine("/data/aliabatch", "nightly-results")), options.ResultsStore());
        await host.StopAsync(Token);
    }

    [Theory]
    [InlineData("AliaBatch:Evaluation:Schedule", "0 3 * * *")]
    [InlineData("AliaBatch:Evaluation:Schedule", "")]
    [InlineData("AliaBatch:Evaluation:Suites", "udhr-translation;udhr-langid")]
    [InlineData("AliaBatch:Evaluation:Suites", "UDHR")]
    [InlineData("AliaBatch:Evaluation:SuitesContainer", "Eval_Suites")]
    [InlineData("AliaBatch:Evaluation:ResultsContainer", "")]
    public async Task AddAliaBatchOrchestration_InvalidValue_FailsAtStartNamingTheKey(string key, string value)
    {
        using var host = BuildHost(new() { [key] = value });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Token));

        Assert.Contains(key, exception.Message, StringComparison.Ordinal);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddAliaBatchPipeline();
        builder.Services.AddAliaBatchOrchestration();
        return builder.Build();
    }
}
