using AliaBatch.Inference.Generation;
using Xunit;

namespace AliaBatch.Inference.Tests.Generation;

public sealed class LengthBatchesTests
{
    [Fact]
    public void Plan_MixedLengths_SortsAndCutsAtTheTokenBudget()
    {
        var batches = LengthBatches.Plan([10, 3, 4, 9, 3, 30], tokenBudget: 20, maxBatchSize: 8);

        Assert.Equal([[1, 4, 2], [3, 0], [5]], batches);
    }

    [Fact]
    public void Plan_ManyShortPrompts_RespectsMaxBatchSize()
    {
        var batches = LengthBatches.Plan([.. Enumerable.Repeat(2, 7)], tokenBudget: 1000, maxBatchSize: 3);

        Assert.Equal([3, 3, 1], batches.Select(b => b.Length));
    }
}
