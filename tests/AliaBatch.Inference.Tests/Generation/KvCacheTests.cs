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

    [Theory]
    [InlineData("fp32")]
    [InlineData("fp16")]
    public void Gather_DeviceResident_GathersOnTheSessionAndEqualsTheHostGather(string variant)
    {
        var decoder = models.Decoder(variant == "fp16" ? models.Fp16 : models.Fp32);
        long[] ids = [11, 12, 13, 21, 22, 23, 31, 32, 33];
        long[] positions = [0, 1, 2, 0, 1, 2, 0, 1, 2];
        long[] mask = [1, 1, 1, 1, 1, 1, 1, 1, 1];
        using var hostEmpty = KvCache.Empty(decoder.Info, 3);
        using var deviceEmpty = decoder.EmptyDeviceCache(3);
        using var host = decoder.Forward(ids, 3, mask, positions, hostEmpty, TestContext.Current.CancellationToken);
        using var bound = decoder.ForwardWithBinding(ids, 3, mask, positions, deviceEmpty, TestContext.Current.CancellationToken);

        using var hostGathered = host.Present.Gather([2, 0, 2, 1]);
        using var deviceGathered = bound.Present.Gather([2, 0, 2, 1]);

        Assert.True(deviceGathered.IsDeviceResident);
        Assert.Equal((4, 3), (deviceGathered.BatchSize, deviceGathered.Length));
        for (var layer = 0; layer < decoder.Info.NumLayers; layer++)
        {
            Assert.Equal(hostGathered.Keys[layer].GetTensorDataAsSpan<byte>().ToArray(), deviceGathered.Keys[layer].GetTensorDataAsSpan<byte>().ToArray());
            Assert.Equal(hostGathered.Values[layer].GetTensorDataAsSpan<byte>().ToArray(), deviceGathered.Values[layer].GetTensorDataAsSpan<byte>().ToArray());
        }
    }

    [Fact]
    public void Gather_RowOutsideTheBatch_Throws()
    {
        using var cache = models.Decoder(models.Fp32).EmptyDeviceCache(2);

        Assert.Throws<ArgumentOutOfRangeException>(() => cache.Gather([0, 2]));
    }

    [Fact]
    public void Empty_AnyBatch_HasLengthZero()
    {
        using var cache = KvCache.Empty(models.Decoder(models.Fp32).Info, 3);

        Assert.Equal((3, 0), (cache.BatchSize, cache.Length));
        Assert.Equal([3L, 2L, 0L, 16L], cache.Keys[0].GetTensorTypeAndShape().Shape);
    }
}
