using System.ComponentModel.DataAnnotations;

namespace AliaBatch.Inference.Generation;

/// <summary>
/// How sequences are decoded (configuration section <c>AliaBatch:Generation</c>). Defaults are greedy decoding
/// with the KV cache, compaction of finished rows and no penalties, as batch jobs want.
/// </summary>
public sealed class GenerationOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "AliaBatch:Generation";

    /// <summary>The most tokens generated per sequence (the EOS token included).</summary>
    [Range(0, 1_000_000)]
    public int MaxNewTokens { get; set; } = 256;

    /// <summary>
    /// When set, the most tokens per sequence counting its own (unpadded) prompt and the generated tokens;
    /// the tighter of this and <see cref="MaxNewTokens"/> applies.
    /// </summary>
    [Range(1, 1_000_000)]
    public int? MaxLength { get; set; }

    /// <summary>Ids that end a sequence (kept in its output); empty means the model's <c>generation_config.json</c>.</summary>
    public IReadOnlyList<int> EosTokenIds { get; set; } = [];

    /// <summary>Strings that end a sequence once its generated text contains one (needs a tokenizer).</summary>
    public IReadOnlyList<string> StopStrings { get; set; } = [];

    /// <summary>Ids whose logits are set to minus infinity at every step (HF <c>suppress_tokens</c>).</summary>
    public IReadOnlyList<int> SuppressTokenIds { get; set; } = [];

    /// <summary>HF repetition penalty over the prompt and generated ids; 1 disables it.</summary>
    [Range(0.01, 100.0)]
    public float RepetitionPenalty { get; set; } = 1f;

    /// <summary>When above 0, no n-gram of this size occurs twice in a sequence (HF <c>no_repeat_ngram_size</c>).</summary>
    [Range(0, 100)]
    public int NoRepeatNgramSize { get; set; }

    /// <summary>Beams per sequence; 1 is greedy (or sampling).</summary>
    [Range(1, 8)]
    public int NumBeams { get; set; } = 1;

    /// <summary>Beam scores are <c>sum of log-probabilities / generated_length ^ LengthPenalty</c>, as HF.</summary>
    [Range(-10.0, 10.0)]
    public float LengthPenalty { get; set; } = 1f;

    /// <summary>Beam search stops a sequence as soon as it has <see cref="NumBeams"/> finished hypotheses (HF <c>early_stopping=True</c>); otherwise HF's heuristic.</summary>
    public bool EarlyStopping { get; set; }

    /// <summary>Samples instead of taking the most likely token (greedy only, never with beams). Off for batch jobs.</summary>
    public bool DoSample { get; set; }

    /// <summary>Sampling temperature.</summary>
    [Range(0.01, 100.0)]
    public float Temperature { get; set; } = 1f;

    /// <summary>Sampling keeps the most likely <c>TopK</c> tokens; 0 keeps all.</summary>
    [Range(0, 1_000_000)]
    public int TopK { get; set; }

    /// <summary>Sampling keeps the smallest set of tokens whose probability reaches <c>TopP</c>; 1 keeps all.</summary>
    [Range(0.0, 1.0)]
    public float TopP { get; set; } = 1f;

    /// <summary>Seed of the sampler, mixed with each prompt's ids, so a prompt samples the same tokens whatever batch it is in.</summary>
    public int Seed { get; set; }

    /// <summary>Reuses past keys and values; false recomputes the whole sequence each step (for checks and benchmarks).</summary>
    public bool UseKvCache { get; set; } = true;

    /// <summary>
    /// Decodes through ONNX Runtime IOBinding: the KV cache stays in the session's device memory between steps
    /// (and is compacted or reordered there) and only the logits come to the host. Null (the default) uses it
    /// where the session runs on CUDA; true forces it (on the CPU it binds host memory, same tokens); false copies
    /// the cache and logits to the host at every step.
    /// </summary>
    public bool? UseIoBinding { get; set; }

    /// <summary>Removes finished sequences from the running batch (gathering the cache rows of the others).</summary>
    public bool CompactFinished { get; set; } = true;

    /// <summary>The facade's batch budget: prompts per batch times the longest prompt in tokens.</summary>
    [Range(1, 100_000_000)]
    public int TokenBudget { get; set; } = 16_384;

    /// <summary>The facade's most prompts per batch.</summary>
    [Range(1, 4096)]
    public int MaxBatchSize { get; set; } = 64;
}
