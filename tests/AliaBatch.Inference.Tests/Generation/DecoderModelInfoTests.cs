using AliaBatch.Inference.Generation;
using AliaBatch.Testing;
using Microsoft.ML.OnnxRuntime.Tensors;
using Xunit;

namespace AliaBatch.Inference.Tests.Generation;

public sealed class DecoderModelInfoTests(TinyDecoders models)
{
    [Fact]
    public void FromSession_GeneratedOptimumDecoder_ReadsLayersHeadsAndTypes()
    {
        var info = DecoderModelInfo.FromSession(models.Factory.GetSession(models.Fp32.ModelPath));

        Assert.Equal((2, 2, 16), (info.NumLayers, info.NumKeyValueHeads, info.HeadDim));
        Assert.Equal((TensorElementType.Float, TensorElementType.Float), (info.KvElementType, info.LogitsElementType));
        Assert.True(info.HasPositionIds);
        Assert.False(info.HasUseCacheBranch);
        Assert.Equal(["present.0.value", "present.1.value"], info.PresentValueNames);
    }

    [Fact]
    public void FromSession_Fp16AndDerivedPositions_ReadsTypesAndMissingPositions()
    {
        var fp16 = DecoderModelInfo.FromSession(models.Factory.GetSession(models.Fp16.ModelPath));
        var derived = DecoderModelInfo.FromSession(models.Factory.GetSession(models.Derived.ModelPath));

        Assert.Equal((TensorElementType.Float16, TensorElementType.Float16), (fp16.KvElementType, fp16.LogitsElementType));
        Assert.Equal(2, fp16.KvElementSize);
        Assert.False(derived.HasPositionIds);
    }

    [Fact]
    public void FromSession_GenAiBuilderExport_ReadsOneHeadOfSixteen()
    {
        var info = DecoderModelInfo.FromSession(models.Factory.GetSession(Path.Combine(RepositoryPaths.SharedExternal, "tiny-llama-fp16", "model.onnx")));

        Assert.Equal((2, 1, 16), (info.NumLayers, info.NumKeyValueHeads, info.HeadDim));
    }

    [Fact]
    public void FromSession_NotADecoder_ThrowsNamingWhatIsMissing()
    {
        using var temp = new TempDirectory();
        var session = models.Factory.GetSession(temp.Write("identity.onnx", TinyOnnx.Identity()));

        var ex = Assert.Throws<InvalidDataException>(() => DecoderModelInfo.FromSession(session));

        Assert.Contains("input_ids", ex.Message, StringComparison.Ordinal);
    }
}
