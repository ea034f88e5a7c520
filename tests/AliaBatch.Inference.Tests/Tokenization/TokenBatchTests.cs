using AliaBatch.Inference.Tokenization;
using Xunit;

namespace AliaBatch.Inference.Tests.Tokenization;

public sealed class TokenBatchTests
{
    [Fact]
    public void Create_RightPadding_PadsAfterTokens()
    {
        var batch = TokenBatch.Create([[5, 6, 7], [8]], padId: 0);

        Assert.Equal([2L, 3L], batch.Shape);
        Assert.Equal([5L, 6, 7, 8, 0, 0], batch.InputIds);
        Assert.Equal([1L, 1, 1, 1, 0, 0], batch.AttentionMask);
        Assert.Equal([3, 1], batch.Lengths);
    }

    [Fact]
    public void Create_LeftPadding_EndsEveryRowAtTheLastPosition()
    {
        var batch = TokenBatch.Create([[5, 6, 7], [8]], padId: 3, PaddingSide.Left);

        Assert.Equal([5L, 6, 7, 3, 3, 8], batch.InputIds);
        Assert.Equal([1L, 1, 1, 0, 0, 1], batch.AttentionMask);
        Assert.Equal(PaddingSide.Left, batch.PaddingSide);
    }

    [Fact]
    public void CreateTokenTypeIds_AnyBatch_IsZerosOfTheSameSize()
    {
        var batch = TokenBatch.Create([[1, 2], [3, 4]], padId: 0);

        Assert.Equal(new long[4], batch.CreateTokenTypeIds());
    }
}
