using AliaBatch.Benchmarks.Encoder;
using Xunit;

namespace AliaBatch.Benchmarks.Tests.Encoder;

public sealed class GemmCeilingTests
{
    [Fact]
    public void Measure_TwoRowCounts_MeasuresEachBothWays()
    {
        var results = GemmCeiling.Measure([4, 16], weight: (8, 12), threads: 2, runs: 1);

        Assert.Equal([4, 16], results.Shapes.Select(s => s.Rows));
        Assert.All(results.Shapes, s =>
        {
            Assert.Single(s.SplitFlopsPerSecond);
            Assert.Single(s.WholeRunFlopsPerSecond);
            Assert.True(s.SplitFlopsPerSecond[0] > 0 && s.WholeRunFlopsPerSecond[0] > 0);
        });
        Assert.Equal(results.Shapes.Max(s => s.BestFlopsPerSecond), results.CeilingFlopsPerSecond);
        Assert.Equal((8, 12, 2), (results.Inner, results.Columns, results.Threads));
    }

    [Fact]
    public void BestFlopsPerSecond_BothWays_TakesTheFasterMedian()
    {
        var shape = new GemmShapeRates(32, SplitFlopsPerSecond: [1, 5, 3], WholeRunFlopsPerSecond: [4, 4, 2]);

        Assert.Equal(4, shape.BestFlopsPerSecond);
    }
}
