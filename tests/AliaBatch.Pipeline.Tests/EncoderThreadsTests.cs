using AliaBatch.Inference.Embeddings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace AliaBatch.Pipeline.Tests;

/// <summary>How many threads the pipeline gives each encoder run, documents being processed at once.</summary>
public sealed class EncoderThreadsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(1, 2)]
    public void AddAliaBatchPipeline_NothingConfigured_SharesTheCoresBetweenDocumentsAndPasses(int documents, int passes)
    {
        using var host = PipelineHost.Create(new Dictionary<string, string?>
        {
            ["AliaBatch:Pipeline:MaxParallelDocuments"] = documents.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AliaBatch:Encoders:ParallelPasses"] = passes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(Math.Max(1, Environment.ProcessorCount / (documents * passes)), Encoders(host).IntraOpThreads);
    }

    [Fact]
    public void AddAliaBatchPipeline_EncoderThreadsConfigured_KeepsThem()
    {
        using var host = PipelineHost.Create(new Dictionary<string, string?> { ["AliaBatch:Encoders:IntraOpThreads"] = "3" });

        Assert.Equal(3, Encoders(host).IntraOpThreads);
    }

    [Fact]
    public void AddAliaBatchPipeline_InferenceThreadsConfigured_LeavesEncodersToThem()
    {
        using var host = PipelineHost.Create(new Dictionary<string, string?> { ["AliaBatch:Inference:IntraOpThreads"] = "4" });

        Assert.Null(Encoders(host).IntraOpThreads);
    }

    private static EncoderOptions Encoders(IHost host) => host.Services.GetRequiredService<IOptions<EncoderOptions>>().Value;
}
