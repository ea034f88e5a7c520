using AliaBatch.Inference.Generation;
using Microsoft.ML.OnnxRuntime.Tensors;
using Xunit;

namespace AliaBatch.Inference.Tests.Generation;

public sealed class DecoderSessionTests(TinyDecoders models)
{
    private static readonly long[] s_ids = [11, 12, 13, 0, 21, 22];
    private static readonly long[] s_mask = [1, 1, 1, 0, 1, 1];
    private static readonly long[] s_positions = [0, 1, 2, 1, 0, 1];

    [Theory]
    [InlineData("fp32")]
    [InlineData("fp16")]
    [InlineData("derived")]
    public void ForwardWithBinding_PrefillThenStep_SameLogitsAndCacheAsForward(string variant)
    {
        var decoder = models.Decoder(variant switch { "fp16" => models.Fp16, "derived" => models.Derived, _ => models.Fp32 });
        var token = TestContext.Current.CancellationToken;
        using var hostEmpty = KvCache.Empty(decoder.Info, 2);
        using var deviceEmpty = decoder.EmptyDeviceCache(2);

        using var hostPrefill = decoder.Forward(s_ids, 3, s_mask, s_positions, hostEmpty, token);
        using var boundPrefill = decoder.ForwardWithBinding(s_ids, 3, s_mask, s_positions, deviceEmpty, token);
        using var hostStep = decoder.Forward([31, 32], 1, [.. s_mask, 1, 1], [3, 2], hostPrefill.Present, token);
        using var boundStep = decoder.ForwardWithBinding([31, 32], 1, [.. s_mask, 1, 1], [3, 2], boundPrefill.Present, token);

        Assert.Equal(hostPrefill.Logits, boundPrefill.Logits);
        Assert.Equal(hostStep.Logits, boundStep.Logits);
        Assert.True(boundStep.Present.IsDeviceResident);
        Assert.False(hostStep.Present.IsDeviceResident);
        Assert.Equal((2, 4), (boundStep.Present.BatchSize, boundStep.Present.Length));
        for (var layer = 0; layer < decoder.Info.NumLayers; layer++)
        {
            Assert.Equal(hostStep.Present.Keys[layer].GetTensorDataAsSpan<byte>().ToArray(), boundStep.Present.Keys[layer].GetTensorDataAsSpan<byte>().ToArray());
            Assert.Equal(hostStep.Present.Values[layer].GetTensorDataAsSpan<byte>().ToArray(), boundStep.Present.Values[layer].GetTensorDataAsSpan<byte>().ToArray());
        }
    }

    [Fact]
    public void EmptyDeviceCache_AnyBatch_IsDeviceResidentWithLengthZero()
    {
        var decoder = models.Decoder(models.Fp16);

        using var cache = decoder.EmptyDeviceCache(3);

        Assert.True(cache.IsDeviceResident);
        Assert.Equal((3, 0), (cache.BatchSize, cache.Length));
        Assert.Equal([3L, 2L, 0L, 16L], cache.Values[1].GetTensorTypeAndShape().Shape);
        Assert.Equal(TensorElementType.Float16, cache.Keys[0].GetTensorTypeAndShape().ElementDataType);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void UsesIoBinding_OnTheCpu_FollowsTheRequestAndDefaultsToHostCopies(bool? requested, bool expected)
    {
        var decoder = models.Decoder(models.Fp32);

        var binding = decoder.UsesIoBinding(requested);

        Assert.Equal(expected, binding);
    }

    [Fact]
    public void UsesIoBinding_RepeatedCalls_LogsEachPathOnce()
    {
        var logger = new ListLogger<DecoderSession>();
        var decoder = new DecoderSession(models.Factory.GetSession(models.Fp32.ModelPath), logger);

        decoder.UsesIoBinding(null);
        decoder.UsesIoBinding(true);
        decoder.UsesIoBinding(true);
        decoder.UsesIoBinding(false);

        Assert.Equal([4310, 4310], logger.Entries.Select(e => e.EventId.Id));
        Assert.Contains("host copies", logger.Entries[0].Message, StringComparison.Ordinal);
        Assert.Contains("IOBinding", logger.Entries[1].Message, StringComparison.Ordinal);
        Assert.Contains("Cpu", logger.Entries[1].Message, StringComparison.Ordinal);
    }
}
