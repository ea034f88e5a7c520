using AliaBatch.Inference.Embeddings;
using Xunit;

namespace AliaBatch.Inference.Tests.Embeddings;

public sealed class LengthBucketsTests
{
    [Fact]
    public void Pack_MixedLengths_EveryPassFitsTheBudgetAndEveryIndexAppearsOnce()
    {
        int[] lengths = [30, 5, 12, 5, 40, 7, 25, 6, 9, 33];

        var passes = LengthBuckets.Pack(lengths, tokenBudget: 64, maxBatchSize: 8);

        Assert.Equal(Enumerable.Range(0, lengths.Length), passes.SelectMany(p => p).Order());
        Assert.All(passes, p => Assert.True(p.Length * p.Max(i => lengths[i]) <= 64, $"pass [{string.Join(',', p)}] exceeds the budget"));
        Assert.Equal([1, 3, 7, 5, 8], passes[0]);
    }

    [Fact]
    public void Pack_SequenceLongerThanTheBudget_GetsAPassOfItsOwn()
    {
        var passes = LengthBuckets.Pack([4, 100, 4], tokenBudget: 16, maxBatchSize: 8);

        Assert.Equal([[0, 2], [1]], passes);
    }

    [Fact]
    public void Pack_MaxBatchSize_CapsRows()
    {
        var passes = LengthBuckets.Pack([1, 1, 1, 1, 1], tokenBudget: 1000, maxBatchSize: 2);

        Assert.Equal([2, 2, 1], passes.Select(p => p.Length));
    }
}
