namespace AliaBatch.Benchmarks.Encoder;

/// <summary>The names of the compared encoder paths, as written in the results files and the report.</summary>
internal static class EncoderMethods
{
    /// <summary><c>SentenceEmbedder.EmbedBatch</c>: length-bucketed passes under a token budget.</summary>
    public const string Bucketed = "aliabatch-bucketed";

    /// <summary>
    /// The same passes, as many at once as there are threads, each on a session thread of its own
    /// (<c>EncoderOptions.ParallelPasses</c>, one intra-op thread): the same thread count spent the other way.
    /// </summary>
    public const string BucketedParallel = "aliabatch-bucketed-parallel";

    /// <summary>Plain ONNX Runtime C#, one sentence per run.</summary>
    public const string Naive = "onnxruntime-csharp-per-sentence";

    /// <summary>Plain ONNX Runtime C#, fixed batches in arrival order, padded to the longest row.</summary>
    public const string Arrival = "onnxruntime-csharp-arrival-batches";

    /// <summary>transformers.js (Node.js, onnxruntime-node), fixed batches in arrival order.</summary>
    public const string TransformersJs = "transformers.js";
}
