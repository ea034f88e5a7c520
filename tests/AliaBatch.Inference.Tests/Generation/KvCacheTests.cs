using AliaBatch.Inference.Generation;
using Xunit;

namespace AliaBatch.Inference.Tests.Generation;

public sealed class KvCacheTests(TinyDecoders models)
{
    [Fact]
    public void Gather_ReorderedAndRepeatedRows_CopiesEachRowOfEveryLayer()
    {
        var decoder = models.Decoder(models.Fp16);
        long[] ids = [11, 12, 13, 21, 22, 23];
        long[] positions = [0, 1, 2, 0, 1, 2];
        using var empty = KvCache.Empty(decoder.Info, 2);
        using var step = decoder.Forward(ids, 3, [1, 1, 1, 1, 1, 1], positions, empty, TestContext.Current.CancellationToken);

        using var gathered = step.Present.Gather([1, 0, 1]);

        Assert.Equal((3, 3), (gathered.BatchSize, gathered.Length));
        for (var layer = 0; layer < decoder.Info.NumLayers; layer++)
        {
            var source = step.Present.Values[layer].GetTensorDataAsSpan<byte>().ToArray();
            var target = gathered.Values[layer].GetTensorDataAsSpan<byte>().ToArray();
            var row = source.Length / 2;
            Assert.Equal(source[row..], target[..row]);
            Assert.Equal(source[..row], target[row..(2 * row)]);
            Assert.Equal(source[row..], target[(2 * row)..]);
        }
    }

    [Fact]
    public void Empty_AnyBatch_HasLengthZero()
    {
        using var cache = KvCache.Empty(models.Decoder(models.Fp32).Info, 3);

        Assert.Equal((3, 0), (cache.BatchSize, cache.Length));
        Assert.Equal([3L, 2L, 0L, 16L], cache.Keys[0].GetTensorTypeAndShape().Shape);
    }
}
