using AliaBatch.Inference.Tokenization;
using Xunit;

namespace AliaBatch.Inference.Tests.Tokenization;

public sealed class TextTokenizerExtensionsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void EncodeBatch_TruncationAndLeftPadding_ProducesMaskedRows()
    {
        var tokenizer = HuggingFaceBpeTokenizer.FromDirectory(TinySalamandraTokenizer.Write(_temp));

        var batch = tokenizer.EncodeBatch(["Hola mundo café", "Hola"], PaddingSide.Left, maxLength: 3);

        var hola = tokenizer.TokenToId("▁Hola")!.Value;
        var mundo = tokenizer.TokenToId("▁mundo")!.Value;
        Assert.Equal([2L, 3L], batch.Shape);
        Assert.Equal([1L, hola, mundo, tokenizer.PadId, 1, hola], batch.InputIds);
        Assert.Equal([1L, 1, 1, 0, 1, 1], batch.AttentionMask);
    }

    public void Dispose() => _temp.Dispose();
}
