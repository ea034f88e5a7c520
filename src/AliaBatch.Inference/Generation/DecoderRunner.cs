using AliaBatch.Inference.Tokenization;

namespace AliaBatch.Inference.Generation;

/// <summary>
/// Batched generation on a <see cref="DecoderSession"/>: left-padded prefill, then incremental steps with the
/// KV cache; greedy decoding, seeded sampling or beam search; per-sequence stopping; finished sequences leave
/// the batch. Thread-safe: every call keeps its own state.
/// </summary>
public sealed partial class DecoderRunner
{
    private readonly DecoderSession _decoder;
    private readonly ITextTokenizer? _tokenizer;
    private readonly IReadOnlyList<int> _defaultEos;
    private readonly int _padId;

    /// <summary>Creates a runner.</summary>
    /// <param name="decoder">The decoder.</param>
    /// <param name="defaultEosTokenIds">EOS ids used when the options name none (the model's <c>generation_config.json</c>).</param>
    /// <param name="padId">Id written in left padding (masked out, so any valid id works).</param>
    /// <param name="tokenizer">Decodes generated ids for stop strings; null when none are used.</param>
    public DecoderRunner(DecoderSession decoder, IReadOnlyList<int> defaultEosTokenIds, int padId, ITextTokenizer? tokenizer = null)
    {
        ArgumentNullException.ThrowIfNull(decoder);
        ArgumentNullException.ThrowIfNull(defaultEosTokenIds);
        ArgumentOutOfRangeException.ThrowIfNegative(padId);
        _decoder = decoder;
        _defaultEos = defaultEosTokenIds;
        _padId = padId;
        _tokenizer = tokenizer;
    }

    /// <summary>The decoder.</summary>
    public DecoderSession Decoder => _decoder;

    /// <summary>Generates a continuation of every prompt, in one batch.</summary>
    /// <param name="prompts">Token ids of each prompt (non-empty).</param>
    /// <param name="options">Decoding settings.</param>
    /// <param name="cancellationToken">Stops between and during steps.</param>
    /// <returns>One sequence per prompt, in order.</returns>
    public IReadOnlyList<GeneratedSequence> Generate(IReadOnlyList<IReadOnlyList<int>> prompts, GenerationOptions options, CancellationToken cancellationToken = default) =>
        Generate(prompts, options, constraints: null, cancellationToken);

    /// <summary>Generates a continuation of every prompt, in one batch, with the phrases each output must contain.</summary>
    /// <param name="prompts">Token ids of each prompt (non-empty).</param>
    /// <param name="options">Decoding settings.</param>
    /// <param name="constraints">Per prompt, the phrases its output must contain, or null; null or empty for none at all.</param>
    /// <param name="cancellationToken">Stops between and during steps.</param>
    /// <returns>One sequence per prompt, in order.</returns>
    public IReadOnlyList<GeneratedSequence> Generate(IReadOnlyList<IReadOnlyList<int>> prompts, GenerationOptions options, IReadOnlyList<PhraseConstraint?>? constraints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(options);
        if (prompts.Any(p => p is null || p.Count == 0))
        {
            throw new ArgumentException("Every prompt needs at least one token.", nameof(prompts));
        }

        if (options.NumBeams > 1 && options.DoSample)
        {
            throw new ArgumentException("Sampling with beams is not supported; use NumBeams = 1 with DoSample.", nameof(options));
        }

        if (constraints is { Count: > 0 } && constraints.Count != prompts.Count)
        {
            throw new ArgumentException($"{constraints.Count} constraints for {prompts.Count} prompts.", nameof(constraints));
        }

        var perPrompt = constraints is { Count: > 0 } ? constraints : null;
        var stopping = new StoppingCriteria(options, options.EosTokenIds.Count > 0 ? options.EosTokenIds : _defaultEos, _tokenizer);
        return options.NumBeams > 1
            ? BeamSearch(prompts, options, stopping, perPrompt, cancellationToken)
            : Greedy(prompts, options, stopping, perPrompt, cancellationToken);
    }

    /// <summary>Runs beam search even at width 1 (where <see cref="Generate(IReadOnlyList{IReadOnlyList{int}}, GenerationOptions, CancellationToken)"/> decodes greedily), for equivalence checks.</summary>
    internal IReadOnlyList<GeneratedSequence> GenerateWithBeams(IReadOnlyList<IReadOnlyList<int>> prompts, GenerationOptions options, CancellationToken cancellationToken = default)
    {
        var stopping = new StoppingCriteria(options, options.EosTokenIds.Count > 0 ? options.EosTokenIds : _defaultEos, _tokenizer);
        return BeamSearch(prompts, options, stopping, null, cancellationToken);
    }
}
