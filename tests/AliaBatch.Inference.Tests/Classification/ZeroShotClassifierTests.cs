using AliaBatch.Inference.Classification;
using Xunit;

namespace AliaBatch.Inference.Tests.Classification;

public sealed class ZeroShotClassifierTests(MiniLmFixture miniLm)
{
    private static readonly ZeroShotLabel[] s_labels =
    [
        new("taxes", "This text is about taxes, tax returns and the tax office."),
        new("health", "This text is about health, doctors, hospitals and illness."),
        new("transport", "This text is about transport, trains, buses and traffic."),
    ];

    [Theory]
    [InlineData("The deadline for filing your income tax return has been extended to June.", "taxes")]
    [InlineData("VAT on electricity bills will be reduced from 21% to 10% next year.", "taxes")]
    [InlineData("The hospital's emergency room was overwhelmed by flu patients this winter.", "health")]
    [InlineData("Doctors recommend getting a vaccine before travelling abroad.", "health")]
    [InlineData("The new high-speed rail line cuts the journey between the two cities to one hour.", "transport")]
    [InlineData("Bus services will be reduced on Sundays because of a drivers' strike.", "transport")]
    public void Classify_EnglishTopics_PicksTheMatchingLabel(string text, string expected)
    {
        var classifier = new ZeroShotClassifier(miniLm.Embedder, s_labels, cancellationToken: TestContext.Current.CancellationToken);

        var result = classifier.Classify(text, TestContext.Current.CancellationToken);

        Assert.Equal(expected, result.TopLabel);
        Assert.Equal(1.0, result.Scores.Sum(s => s.Score), 4);
    }

    [Fact]
    public void ClassifyBatch_Texts_ResultsInInputOrder()
    {
        var classifier = new ZeroShotClassifier(miniLm.Embedder, s_labels, cancellationToken: TestContext.Current.CancellationToken);

        var results = classifier.ClassifyBatch(
            ["Trains were delayed all morning.", "Pay your property tax by Friday.", "She broke her leg and went to the clinic."],
            TestContext.Current.CancellationToken);

        Assert.Equal(["transport", "taxes", "health"], results.Select(r => r.TopLabel));
    }

    [Fact]
    public void Classify_LowerTemperature_IsMoreDecisive()
    {
        const string Text = "The tax office sent me a letter about my return.";
        var token = TestContext.Current.CancellationToken;
        var sharp = new ZeroShotClassifier(miniLm.Embedder, s_labels, temperature: 0.01f, cancellationToken: token);
        var soft = new ZeroShotClassifier(miniLm.Embedder, s_labels, temperature: 1f, cancellationToken: token);

        Assert.True(sharp.Classify(Text, token).TopScore > soft.Classify(Text, token).TopScore);
    }

    [Fact]
    public void Constructor_DuplicateLabelNames_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ZeroShotClassifier(miniLm.Embedder, [new("a", "x"), new("a", "y")]));
    }
}
