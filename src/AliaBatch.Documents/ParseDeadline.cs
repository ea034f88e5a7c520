using AliaBatch.Core.Errors;

namespace AliaBatch.Documents;

/// <summary>
/// Runs a CPU-bound parse on one of the <see cref="ParseThreads"/> (large stacks) and stops waiting for it at a
/// deadline. Parsers that never look at the token are abandoned (their thread finishes in the background); parsers
/// that do are cancelled.
/// </summary>
internal static class ParseDeadline
{
    // Third-party parsers recurse on nested structure; a generous stack turns "crash the process"
    // into "bounded by the depth limits and the deadline".
    private const int StackBytes = 64 * 1024 * 1024;

    // Threads idle this long exit; a steady stream of documents keeps as many as parse at once.
    private static readonly ParseThreads s_threads = new(StackBytes, TimeSpan.FromSeconds(30));

    public static async Task<T> RunAsync<T>(Func<CancellationToken, T> parse, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parse);
        cancellationToken.ThrowIfCancellationRequested();

        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        s_threads.Run(() =>
        {
            try
            {
                completion.TrySetResult(parse(stop.Token));
            }
            catch (Exception ex)
            {
                completion.TrySetException(ex);
            }
            finally
            {
                stop.Dispose();
            }
        });

        try
        {
            return await completion.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException ex)
        {
            Cancel(stop);
            throw new DocumentProcessingException(
                ErrorCodes.DocumentParseTimeout,
                $"Parsing took longer than {timeout.TotalSeconds:0.###} s (AliaBatch:Extraction:ParseTimeout).",
                ex);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Cancel(stop);
            throw;
        }
    }

    private static void Cancel(CancellationTokenSource stop)
    {
        try
        {
            stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The parse finished between the deadline and now; nothing left to stop.
        }
    }
}
