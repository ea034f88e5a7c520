using AliaBatch.Inference.Tokenization;

namespace AliaBatch.Inference.Generation;

/// <summary>Per-sequence stopping: EOS ids, new-token and length limits, stop strings.</summary>
internal sealed class StoppingCriteria
{
    private readonly HashSet<int> _eos;
    private readonly GenerationOptions _options;
    private readonly ITextTokenizer? _tokenizer;

    public StoppingCriteria(GenerationOptions options, IReadOnlyList<int> eosTokenIds, ITextTokenizer? tokenizer)
    {
        if (options.StopStrings.Count > 0 && tokenizer is null)
        {
            throw new ArgumentException("Stop strings need a tokenizer to decode the generated ids.", nameof(options));
        }

        _eos = [.. eosTokenIds];
        _options = options;
        _tokenizer = tokenizer;
    }

    public bool IsEos(int token) => _eos.Contains(token);

    /// <summary>How many tokens a prompt of this length may still get.</summary>
    public int Budget(int promptLength) =>
        Math.Max(0, Math.Min(_options.MaxNewTokens, (_options.MaxLength ?? int.MaxValue) - promptLength));

    /// <summary>Whether a sequence stops after its latest generated token, and why.</summary>
    public FinishReason? Check(IReadOnlyList<int> generated, int budget)
    {
        if (generated.Count > 0 && IsEos(generated[^1]))
        {
            return FinishReason.Eos;
        }

        if (_options.StopStrings.Count > 0)
        {
            var text = _tokenizer!.Decode(generated, skipSpecialTokens: false);
            if (_options.StopStrings.Any(s => text.Contains(s, StringComparison.Ordinal)))
            {
                return FinishReason.StopString;
            }
        }

        return generated.Count >= budget ? FinishReason.MaxLength : null;
    }
}
