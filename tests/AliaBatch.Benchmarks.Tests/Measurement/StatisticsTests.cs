using AliaBatch.Benchmarks.Measurement;
using Xunit;

namespace AliaBatch.Benchmarks.Tests.Measurement;

public sealed class StatisticsTests
{
    [Theory]
    [InlineData(new[] { 3.0, 1.0, 2.0 }, 2.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    public void Median_OddAndEvenCounts_TakesTheMiddle(double[] values, double expected) =>
        Assert.Equal(expected, Statistics.Median(values));

    [Fact]
    public void PaddingEfficiency_MixedLengths_IsUsefulOverComputed()
    {
        int[] lengths = [10, 2, 4, 4];

        // Batches [10, 2] and [4, 4]: 20 useful of 28 computed.
        var efficiency = Statistics.PaddingEfficiency(lengths, Statistics.ArrivalBatches(lengths.Length, 2));

        Assert.Equal(20.0 / 28.0, efficiency, precision: 12);
    }
}
