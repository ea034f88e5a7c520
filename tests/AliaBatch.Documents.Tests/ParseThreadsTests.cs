using Xunit;

namespace AliaBatch.Documents.Tests;

public sealed class ParseThreadsTests
{
    private const int StackBytes = 16 * 1024 * 1024;

    [Fact]
    public async Task Run_OneParseAfterAnother_ReusesOneThread()
    {
        var threads = new ParseThreads(StackBytes, TimeSpan.FromMinutes(5));
        var ids = new List<int>();

        for (var i = 0; i < 5; i++)
        {
            ids.Add(await RunAsync(threads, () => Environment.CurrentManagedThreadId));
            await WaitUntilAsync(() => threads.Idle == 1);
        }

        Assert.Equal(1, threads.Started);
        Assert.Single(ids.Distinct());
    }

    [Fact]
    public async Task Run_WhileEveryThreadIsBusy_StartsAnother()
    {
        var threads = new ParseThreads(StackBytes, TimeSpan.FromMinutes(5));
        using var release = new ManualResetEventSlim();
        var blocked = RunAsync(threads, () =>
        {
            release.Wait(TimeSpan.FromSeconds(30));
            return Environment.CurrentManagedThreadId;
        });

        var second = await RunAsync(threads, () => Environment.CurrentManagedThreadId);
        release.Set();

        Assert.Equal(2, threads.Started);
        Assert.NotEqual(await blocked, second);
    }

    [Fact]
    public async Task Run_AfterTheIdleLifetime_ThreadHasExitedAndANewOneStarts()
    {
        var threads = new ParseThreads(StackBytes, TimeSpan.FromMilliseconds(20));
        await RunAsync(threads, () => 0);

        await WaitUntilAsync(() => threads.Retired == 1);
        await RunAsync(threads, () => 0);

        Assert.Equal(2, threads.Started);
    }

    [Fact]
    public async Task Run_AsyncLocalOfTheCaller_IsSeenByTheWorkAndNotByLaterWork()
    {
        var threads = new ParseThreads(StackBytes, TimeSpan.FromMinutes(5));
        var local = new AsyncLocal<string>();

        local.Value = "first caller";
        var seenByFirst = await RunAsync(threads, () => local.Value);
        local.Value = null!;
        await WaitUntilAsync(() => threads.Idle == 1);
        var seenBySecond = await Task.Run(() => RunAsync(threads, () => local.Value), TestContext.Current.CancellationToken);

        Assert.Equal("first caller", seenByFirst);
        Assert.Null(seenBySecond);
        Assert.Equal(1, threads.Started);
    }

    [Fact]
    public async Task Run_DeepRecursion_RunsOnTheLargeStack()
    {
        var threads = new ParseThreads(64 * 1024 * 1024, TimeSpan.FromMinutes(5));

        var depth = await RunAsync(threads, () => Recurse(200_000));

        Assert.Equal(200_000, depth);
    }

    private static Task<T> RunAsync<T>(ParseThreads threads, Func<T> work)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        threads.Run(() => completion.SetResult(work()));
        return completion.Task;
    }

    // The thread adds itself to the idle list just after finishing the work; these wait for that, never for a duration.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The parse threads did not reach the expected state within 30 s.");
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }

    private static int Recurse(int n) => n == 0 ? 0 : 1 + Recurse(n - 1);
}
