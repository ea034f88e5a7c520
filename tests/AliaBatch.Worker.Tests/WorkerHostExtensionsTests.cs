using AliaBatch.Inference.Packs;
using AliaBatch.Pipeline.Generation;
using AliaBatch.Testing;
using AliaBatch.Worker.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace AliaBatch.Worker.Tests;

public sealed class WorkerHostExtensionsTests : IDisposable
{
    private readonly TemporaryFolder _work = new("worker-host");

    [Fact]
    public async Task AddAliaBatchWorker_DefaultPacksConfigured_PipelineModelsPointIntoTheCache()
    {
        await using var app = Build(new Dictionary<string, string?>
        {
            ["AliaBatch:Worker:ModelCacheDirectory"] = _work.Path,
            ["AliaBatch:Worker:TranslationPack"] = "salamandrata-7b",
            ["AliaBatch:Worker:SummarizationPack"] = "salamandra-2b",
            ["AliaBatch:Models:SourceFolder"] = _work.Path,
        });

        var models = app.Services.GetRequiredService<IOptions<ModelsOptions>>().Value;

        Assert.Equal(_work.Path, models.Directory);
        Assert.Equal(Path.Combine(_work.Path, "salamandrata-7b"), models.Translation);
        Assert.Equal(Path.Combine(_work.Path, "salamandra-2b"), models.Summarization);
        Assert.Equal(_work.Path, app.Services.GetRequiredService<ModelPackStore>().Store.Location);
    }

    [Fact]
    public async Task AddAliaBatchWorker_ShutdownTimeoutSet_BecomesTheHostShutdownTimeout()
    {
        await using var app = Build(new Dictionary<string, string?> { ["AliaBatch:Worker:ShutdownTimeout"] = "00:01:30" });

        Assert.Equal(TimeSpan.FromSeconds(90), app.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public async Task AddAliaBatchWorker_InvalidContainerName_ValidationNamesTheKey()
    {
        await using var app = Build(new Dictionary<string, string?> { ["AliaBatch:Models:Container"] = "Models_Prod" });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<ModelSourceOptions>>().Value);

        Assert.Contains("AliaBatch:Models:Container", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _work.Dispose();

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddAliaBatchWorker();
        return builder.Build();
    }
}
