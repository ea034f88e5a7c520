using AliaBatch.Evaluation.Metrics.Significance;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Metrics.Significance;

public sealed class Pcg64Tests
{
    // Expected values printed by NumPy 1.24.2 (Debian python3-numpy):
    // PCG64(12345).random_raw() three times.
    [Fact]
    public void NextUInt64_Seed12345_MatchesNumpyRandomRaw()
    {
        var random = new Pcg64(12345);

        ulong[] values = [random.NextUInt64(), random.NextUInt64(), random.NextUInt64()];

        Assert.Equal([4193609425186963869UL, 5843160025838961886UL, 14708796524633321433UL], values);
    }

    // NumPy 1.24.2: default_rng(12345).choice(7, size=(2, 10), replace=True), the call sacreBLEU's paired bootstrap makes.
    [Fact]
    public void NextBounded_Seed12345_MatchesNumpyChoice()
    {
        var random = new Pcg64(12345);

        var draws = Enumerable.Range(0, 20).Select(_ => random.NextBounded(7)).ToArray();

        Assert.Equal([4L, 1, 5, 2, 1, 5, 4, 4, 6, 2, 5, 2, 3, 4, 1, 1, 1, 4, 4, 6], draws);
    }

    // NumPy 1.24.2: default_rng(12345).choice(1000, size=(1, 12)) and default_rng(2**40 + 7).choice(3, size=(1, 12)).
    [Theory]
    [InlineData(12345UL, 1000L, new long[] { 699, 227, 788, 316, 204, 797, 642, 676, 988, 391, 839, 332 })]
    [InlineData(1099511627783UL, 3L, new long[] { 0, 2, 1, 0, 0, 0, 1, 2, 2, 2, 0, 1 })]
    public void NextBounded_OtherBoundsAndSeeds_MatchNumpyChoice(ulong seed, long bound, long[] expected)
    {
        var random = new Pcg64(seed);

        var draws = expected.Select(_ => random.NextBounded(bound)).ToArray();

        Assert.Equal(expected, draws);
    }

    [Fact]
    public void NextBounded_BoundOne_IsAlwaysZero()
    {
        var random = new Pcg64(1);

        Assert.All(Enumerable.Range(0, 5), _ => Assert.Equal(0, random.NextBounded(1)));
    }
}
