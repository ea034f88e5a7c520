using System.Text.Json;
using AliaBatch.Inference.Generation;

namespace AliaBatch.Pipeline.Generation;

/// <summary>
/// Dynamic batching in front of one <see cref="TextGenerator"/>: requests with the same decoding settings that arrive
/// within <see cref="ModelsOptions.BatchWindow"/> of the first are merged into one generation call, which runs when the
/// window ends or as soon as <see cref="ModelsOptions.BatchMaxTokens"/> prompt tokens are waiting. Each caller gets
/// its own results, equal to what it would get alone (batch rows do not influence each other). Thread-safe.
/// </summary>
public sealed class GenerationCoalescer
{
    private readonly TextGenerator _generator;
    private readonly TimeSpan _window;
    private readonly int _maxTokens;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SharedBatch> _open = new(StringComparer.Ordinal);

    /// <summary>Creates a coalescer.</summary>
    /// <param name="generator">The generator the merged calls run on.</param>
    /// <param name="window">How long the first request of a batch waits for others.</param>
    /// <param name="maxTokens">Prompt tokens that fill a batch.</param>
    public GenerationCoalescer(TextGenerator generator, TimeSpan window, int maxTokens)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTokens);
        _generator = generator;
        _window = window;
        _maxTokens = maxTokens;
    }

    /// <summary>The generator underneath.</summary>
    public TextGenerator Generator => _generator;

    /// <summary>Generates a continuation of every prompt, sharing a batch with concurrent callers.</summary>
    /// <param name="prompts">The caller's prompts.</param>
    /// <param name="options">Decoding settings; only requests with equal settings share a batch.</param>
    /// <param name="cancellationToken">Stops waiting; the shared run stops once every caller in it has cancelled.</param>
    /// <returns>One result per prompt, in order.</returns>
    public async Task<IReadOnlyList<GenerationResult>> GenerateAsync(IReadOnlyList<GenerationPrompt> prompts, GenerationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(options);
        if (prompts.Count == 0)
        {
            return [];
        }

        var request = new SharedBatch.Request(prompts, prompts.Sum(p => _generator.Tokenizer.CountTokens(p.Text)), cancellationToken);
        var key = JsonSerializer.Serialize(options);
        var (opened, ready) = Enqueue(key, options, request);
        foreach (var batch in ready)
        {
            _ = batch.RunAsync(_generator);
        }

        if (opened is not null)
        {
            _ = RunAfterWindowAsync(key, opened);
        }

        return await request.Completion.Task.WaitAsync(cancellationToken);
    }

    private (SharedBatch? Opened, List<SharedBatch> Ready) Enqueue(string key, GenerationOptions options, SharedBatch.Request request)
    {
        var ready = new List<SharedBatch>(2);
        SharedBatch? opened = null;
        lock (_gate)
        {
            // A request that would overflow the waiting batch sends it off and starts the next one.
            if (_open.TryGetValue(key, out var batch) && batch.Tokens + request.Tokens > _maxTokens)
            {
                _open.Remove(key);
                ready.Add(batch);
                batch = null;
            }

            if (batch is null)
            {
                batch = new SharedBatch(options);
                _open[key] = batch;
                opened = batch;
            }

            batch.Add(request);
            if (batch.Tokens >= _maxTokens)
            {
                _open.Remove(key);
                ready.Add(batch);
                opened = null;
            }
        }

        return (opened, ready);
    }

    private async Task RunAfterWindowAsync(string key, SharedBatch batch)
    {
        if (_window > TimeSpan.Zero)
        {
            await Task.Delay(_window).ConfigureAwait(false);
        }
        else
        {
            await Task.Yield();
        }

        lock (_gate)
        {
            // Already sent off by a request that filled it.
            if (!_open.TryGetValue(key, out var open) || !ReferenceEquals(open, batch))
            {
                return;
            }

            _open.Remove(key);
        }

        await batch.RunAsync(_generator).ConfigureAwait(false);
    }
}
