using AliaBatch.ModelBuilder.Graph;
using Xunit;

namespace AliaBatch.ModelBuilder.Tests.Graph;

public sealed class GaussianSamplerTests
{
    [Fact]
    public void Next_SameSeed_SameSequence()
    {
        var a = new GaussianSampler(42);
        var b = new GaussianSampler(42);

        var first = Enumerable.Range(0, 100).Select(_ => a.Next(0f, 1f)).ToArray();
        var second = Enumerable.Range(0, 100).Select(_ => b.Next(0f, 1f)).ToArray();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Next_ManySamples_HaveRequestedMeanAndDeviation()
    {
        var sampler = new GaussianSampler(7);

        var samples = Enumerable.Range(0, 100_000).Select(_ => (double)sampler.Next(1f, 0.02f)).ToArray();

        var mean = samples.Average();
        var deviation = Math.Sqrt(samples.Select(s => (s - mean) * (s - mean)).Average());
        Assert.InRange(mean, 0.9998, 1.0002);
        Assert.InRange(deviation, 0.0198, 0.0202);
    }
}
