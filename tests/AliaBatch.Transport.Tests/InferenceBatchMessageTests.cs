using AliaBatch.Transport;
using Xunit;

namespace AliaBatch.Transport.Tests;

public sealed class InferenceBatchMessageTests
{
    [Fact]
    public void ToJson_ThenParse_RoundTrips()
    {
        var message = Messages.Batch(42, attempt: 3);

        Assert.Equal(message, InferenceBatchMessage.Parse(message.ToJson()));
    }

    [Fact]
    public void ToJson_IsCompactCamelCaseWithoutTheMessageId()
    {
        var json = Messages.Batch().ToJson();

        Assert.StartsWith("{\"jobId\":\"job-0123456789abcdef\",\"runId\":\"run-1\",\"batchId\":\"b000001\",\"attempt\":1,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("messageId", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void MessageId_JoinsJobRunBatchAndAttempt()
    {
        Assert.Equal("job-0123456789abcdef:run-1:b000009:4", Messages.Batch(9, attempt: 4).MessageId);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("null", "JSON null")]
    [InlineData("{\"jobId\":\"j\",\"runId\":\"r\",\"batchId\":\"b\",\"attempt\":1,\"deadline\":\"2030-01-01T00:00:00Z\",\"planPath\":\"p\"}", "resultsLocation")]
    [InlineData("{\"jobId\":\"j\",\"runId\":\"r\",\"batchId\":\"b\",\"attempt\":0,\"deadline\":\"2030-01-01T00:00:00Z\",\"planPath\":\"p\",\"resultsLocation\":\"results\"}", "attempt")]
    [InlineData("{\"jobId\":\"j\",\"runId\":\"r\",\"batchId\":\"b\",\"attempt\":1,\"planPath\":\"p\",\"resultsLocation\":\"results\"}", "deadline")]
    [InlineData("{\"jobId\":\" \",\"runId\":\"r\",\"batchId\":\"b\",\"attempt\":1,\"deadline\":\"2030-01-01T00:00:00Z\",\"planPath\":\"p\",\"resultsLocation\":\"results\"}", "jobId")]
    public void Parse_Invalid_ThrowsFormatExceptionSayingWhat(string json, string expected)
    {
        var exception = Assert.Throws<FormatException>(() => InferenceBatchMessage.Parse(json));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }
}
