using AliaBatch.Orchestration.Dispatch;
using AliaBatch.Orchestration.Stores;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Dispatch;

public sealed class ResultsLocationTests
{
    public static TheoryData<StoreReference> References => new(
        StoreReference.Blob("results"),
        StoreReference.Blob("results", "agency-a/2025"),
        StoreReference.Local(@"C:\data\results"),
        StoreReference.Local("/srv/aliabatch/results:old", "p"),
        new StoreReference(StoreKind.Attached, "0f3c9a", "x"));

    [Theory]
    [MemberData(nameof(References))]
    public void Parse_FormattedReference_RoundTrips(StoreReference reference)
    {
        var text = ResultsLocation.Format(reference);

        var parsed = ResultsLocation.Parse(text);

        Assert.Equal(reference, parsed);
    }

    [Fact]
    public void Format_BlobWithPrefix_IsCompactCamelCaseJson()
    {
        var text = ResultsLocation.Format(StoreReference.Blob("results", "agency-a"));

        Assert.Equal("""{"kind":"blob","location":"results","prefix":"agency-a"}""", text);
    }

    [Theory]
    [InlineData("blob:results")]
    [InlineData("""{"kind":"blob"}""")]
    [InlineData("""{"kind":"ftp","location":"x"}""")]
    [InlineData("null")]
    public void Parse_NotAReference_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => ResultsLocation.Parse(text));
    }
}
