using AliaBatch.Core.Languages;
using AliaBatch.Text.Languages;
using Xunit;

namespace AliaBatch.Text.Tests.Languages;

public sealed class LanguageModelTests
{
    private static readonly (LanguageTag, string)[] s_samples =
    [
        (LanguageTag.Spanish, "el perro y el gato duermen juntos en la casa"),
        (LanguageTag.English, "the dog and the cat sleep together in the house"),
    ];

    [Fact]
    public void WriteCompressed_ThenReadCompressed_ScoresTheSame()
    {
        var model = LanguageModelTrainer.Train(s_samples);
        using var stream = new MemoryStream();

        model.WriteCompressed(stream);
        stream.Position = 0;
        var read = LanguageModel.ReadCompressed(stream);

        Assert.Equal(model.Languages, read.Languages);
        Assert.Equal(model.NGramCount, read.NGramCount);
        var text = "the cat and the dog in the garden";
        Assert.Equal(new LanguageIdentifier(model).Detect(text), new LanguageIdentifier(read).Detect(text), DetectionComparer.Instance);
    }

    [Fact]
    public void Read_NotAModel_ThrowsInvalidData()
    {
        using var stream = new MemoryStream(new byte[16]);

        Assert.Throws<InvalidDataException>(() => LanguageModel.Read(stream));
    }

    [Fact]
    public void Detect_TinyModel_PrefersTheLanguageItWasTrainedOn()
    {
        var identifier = new LanguageIdentifier(LanguageModelTrainer.Train(s_samples));

        Assert.Equal(LanguageTag.English, identifier.Detect("the cat sleeps in the house").Language);
        Assert.Equal(LanguageTag.Spanish, identifier.Detect("el gato duerme en la casa").Language);
    }

    private sealed class DetectionComparer : IEqualityComparer<LanguageDetection>
    {
        public static readonly DetectionComparer Instance = new();

        public bool Equals(LanguageDetection? x, LanguageDetection? y) =>
            x!.Language == y!.Language && x.Confidence == y.Confidence && x.Candidates.SequenceEqual(y.Candidates);

        public int GetHashCode(LanguageDetection obj) => obj.Language.GetHashCode();
    }
}
