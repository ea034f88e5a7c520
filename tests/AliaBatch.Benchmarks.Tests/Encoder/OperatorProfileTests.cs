using AliaBatch.Benchmarks.Encoder;
using AliaBatch.Inference.Tokenization;
using AliaBatch.ModelBuilder.Encoder;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Benchmarks.Tests.Encoder;

public sealed class OperatorProfileTests
{
    [Fact]
    public void MatrixProductShare_GeneratedEncoder_IsAShareAndLeavesNoProfile()
    {
        using var temp = new TemporaryFolder();
        var model = EncoderModelBuilder.Build(new EncoderSpec { Head = EncoderHead.FeatureExtraction, UseTokenTypeIds = true }, temp.Path, seed: 5);
        var tokenizer = WordPieceTextTokenizer.FromFile(Path.Combine(model.Folder, "vocab.txt"));
        var profilesBefore = ProfileFiles();

        var share = OperatorProfile.MatrixProductShare(model.ModelPath, tokenizer, maxLength: 64, ["uno dos tres", "cuatro", "cinco seis siete ocho nueve"], batchSize: 2);

        Assert.InRange(share, 0.01, 0.99);
        Assert.Equal(profilesBefore, ProfileFiles());
    }

    private static string[] ProfileFiles() =>
        [.. Directory.GetFiles(Path.GetTempPath(), "aliabatch-bench-profile-*").Order(StringComparer.Ordinal)];
}
