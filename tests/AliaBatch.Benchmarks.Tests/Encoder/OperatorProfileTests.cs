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
        // A folder of its own: a benchmark running meanwhile writes its profiles to the shared temporary folder.
        var profiles = Directory.CreateDirectory(Path.Combine(temp.Path, "profiles")).FullName;

        var share = OperatorProfile.MatrixProductShare(model.ModelPath, tokenizer, maxLength: 64, ["uno dos tres", "cuatro", "cinco seis siete ocho nueve"], batchSize: 2, profiles);

        Assert.InRange(share, 0.01, 0.99);
        Assert.Empty(Directory.GetFileSystemEntries(profiles));
    }
}
