using System.ComponentModel.DataAnnotations;

namespace AliaBatch.Inference.Embeddings;

/// <summary>Truncation and batching limits for encoder forward passes (embeddings and classification) (configuration section <c>AliaBatch:Encoders</c>).</summary>
public sealed class EncoderOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "AliaBatch:Encoders";

    /// <summary>Texts are truncated to this many word pieces, [CLS] and [SEP] included.</summary>
    [Range(8, 8192)]
    public int MaxSequenceLength { get; set; } = MiniLmModel.MaxSequenceLength;

    /// <summary>The most padded tokens (rows × length) in one forward pass.</summary>
    [Range(64, 1_048_576)]
    public int TokenBudget { get; set; } = 16_384;

    /// <summary>The most texts in one forward pass.</summary>
    [Range(1, 4096)]
    public int MaxBatchSize { get; set; } = 64;

    /// <summary>
    /// Forward passes run at once, each on a thread of its own (1: one after the other). On the CPU, give the session
    /// as many intra-op threads per pass (<c>AliaBatch:Inference:IntraOpThreads</c>) as cores divided by this: small
    /// passes on separate cores waste less than one pass split across them (docs/models.md has the figures).
    /// </summary>
    [Range(1, 64)]
    public int ParallelPasses { get; set; } = 1;

    /// <summary>
    /// Threads inside one operator of encoder sessions; unset: <c>AliaBatch:Inference:IntraOpThreads</c>. The document
    /// pipeline sets it, when neither is configured, to cores ÷ (documents processed at once × <see cref="ParallelPasses"/>):
    /// documents already keep every core busy, each embedding its own texts.
    /// </summary>
    [Range(1, 1024)]
    public int? IntraOpThreads { get; set; }

    /// <summary>Where the built-in MiniLM is extracted; null uses <see cref="MiniLmModel.DefaultCacheDirectory"/>.</summary>
    public string? ModelCacheDirectory { get; set; }
}
