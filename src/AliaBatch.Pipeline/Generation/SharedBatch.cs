using AliaBatch.Inference.Generation;

namespace AliaBatch.Pipeline.Generation;

/// <summary>The requests one <see cref="GenerationCoalescer"/> call merges, and the run that answers them.</summary>
internal sealed class SharedBatch(GenerationOptions options)
{
    private readonly List<Request> _requests = [];

    public int Tokens { get; private set; }

    public void Add(Request request)
    {
        _requests.Add(request);
        Tokens += request.Tokens;
    }

    /// <summary>Runs every request's prompts as one call and hands each caller its slice; never throws (failures go to the callers).</summary>
    public async Task RunAsync(TextGenerator generator)
    {
        using var stop = new CancellationTokenSource();
        var live = _requests.Count;
        var registrations = _requests.Select(r => r.CancellationToken.Register(() =>
        {
            if (Interlocked.Decrement(ref live) == 0)
            {
                stop.Cancel();
            }
        })).ToList();
        try
        {
            var results = await generator.GenerateAsync([.. _requests.SelectMany(r => r.Prompts)], options, stop.Token).ConfigureAwait(false);
            var offset = 0;
            foreach (var request in _requests)
            {
                request.Completion.TrySetResult([.. results.Skip(offset).Take(request.Prompts.Count)]);
                offset += request.Prompts.Count;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            _requests.ForEach(r => r.Completion.TrySetCanceled(r.CancellationToken));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            _requests.ForEach(r => r.Completion.TrySetException(exception));
        }
        finally
        {
            registrations.ForEach(r => r.Dispose());
        }
    }

    /// <summary>One caller's prompts and the task it awaits.</summary>
    public sealed record Request(IReadOnlyList<GenerationPrompt> Prompts, int Tokens, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<IReadOnlyList<GenerationResult>> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
