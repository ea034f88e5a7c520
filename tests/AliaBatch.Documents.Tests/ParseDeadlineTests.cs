using AliaBatch.Core.Errors;
using Xunit;

namespace AliaBatch.Documents.Tests;

public sealed class ParseDeadlineTests
{
    [Fact]
    public async Task RunAsync_ParserThatIgnoresTheToken_FailsWithParseTimeout()
    {
        using var release = new ManualResetEventSlim();

        var failure = await Assert.ThrowsAsync<DocumentProcessingException>(() => ParseDeadline.RunAsync(
            _ => release.Wait(TimeSpan.FromSeconds(30), CancellationToken.None),
            TimeSpan.FromMilliseconds(50),
            TestContext.Current.CancellationToken));
        release.Set();

        Assert.Equal(ErrorCodes.DocumentParseTimeout, failure.Code);
    }

    [Fact]
    public async Task RunAsync_ParserThatObservesTheToken_IsCancelledAtTheDeadline()
    {
        using var cancelled = new ManualResetEventSlim();

        await Assert.ThrowsAsync<DocumentProcessingException>(() => ParseDeadline.RunAsync(
            token =>
            {
                token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
                cancelled.Set();
                return 0;
            },
            TimeSpan.FromMilliseconds(50),
            TestContext.Current.CancellationToken));

        Assert.True(cancelled.Wait(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RunAsync_ParserException_PropagatesUnchanged()
    {
        await Assert.ThrowsAsync<FormatException>(() => ParseDeadline.RunAsync<int>(
            _ => throw new FormatException("bad"),
            TimeSpan.FromSeconds(30),
            TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RunAsync_DeepRecursion_RunsOnALargeStack()
    {
        var depth = await ParseDeadline.RunAsync(_ => Recurse(200_000), TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(200_000, depth);
    }

    private static int Recurse(int n) => n == 0 ? 0 : 1 + Recurse(n - 1);
}
