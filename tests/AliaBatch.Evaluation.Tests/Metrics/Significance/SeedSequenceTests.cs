using AliaBatch.Evaluation.Metrics.Significance;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Metrics.Significance;

public sealed class SeedSequenceTests
{
    // NumPy 1.24.2: SeedSequence(12345).generate_state(4, np.uint64).
    [Fact]
    public void GenerateState64_Seed12345_MatchesNumpy()
    {
        var state = SeedSequence.GenerateState64(12345, 4);

        Assert.Equal([13091511679009522556UL, 13538552136045918767UL, 7269824232120749972UL, 4520223790601600371UL], state);
    }
}
