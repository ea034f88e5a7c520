using AliaBatch.Benchmarks.Generation;

namespace AliaBatch.Benchmarks.Reporting;

internal sealed partial class BenchmarkReport
{
    private void WriteGeneration()
    {
        _text.AppendLine("## Generation on CPU: generated Llama decoder").AppendLine();
        if (generation is null)
        {
            _text.AppendLine("Not measured in this run (`generation.json` missing).").AppendLine();
            return;
        }

        _text.AppendLine(s_invariant, $"Model: a Llama-architecture decoder built by `DecoderModelBuilder` with seeded random weights ({generation.Model}), Optimum layout with past key/values, loaded once on the CPU execution provider with {generation.Threads} intra-op threads. Decoding is greedy through `DecoderRunner.Generate`; EOS ids are suppressed, so every row generates exactly its budget and the token counts do not depend on what random weights emit. Times are whole `Generate` calls (prefill, decode steps, logits processing), medians of {generation.Runs} measured runs after a warm-up.")
            .AppendLine();
        WriteThroughput(generation);
        WriteCache(generation);
        WriteCompaction(generation.Compaction);
        WritePadding(generation.Padding);
    }

    private void WriteThroughput(GenerationResults results)
    {
        var first = results.Throughput[0];
        var single = results.Throughput.FirstOrDefault(t => t.BatchSize == 1);
        _text.AppendLine(s_invariant, $"### Tokens/s against batch size ({first.PromptTokens}-token prompts, {first.NewTokens} new tokens per row)").AppendLine()
            .AppendLine("| Batch | Generated tokens/s (median) | Runs (s) | × batch 1 |")
            .AppendLine("|---:|---:|---|---:|");
        foreach (var t in results.Throughput)
        {
            _text.AppendLine(s_invariant, $"| {t.BatchSize} | {t.TokensPerSecond:F0} | {Runs(t.Seconds)} | {Format(single is null ? null : t.TokensPerSecond / single.TokensPerSecond)} |");
        }

        _text.AppendLine();
    }

    private void WriteCache(GenerationResults results)
    {
        _text.AppendLine(s_invariant, $"### KV cache vs recompute (batch 1, {results.Cache[0].PromptTokens}-token prompt)").AppendLine()
            .AppendLine(s_invariant, $"Recompute (`UseKvCache = false`) feeds the whole sequence at every step. Cache side: median of {results.Runs} runs; recompute side: median of {results.RecomputeRuns} run(s); the two sides take turns run by run after one cached warm-up.")
            .AppendLine()
            .AppendLine("| New tokens | KV cache (ms) | Recompute (ms) | Recompute runs (s) | KV cache speed-up |")
            .AppendLine("|---:|---:|---:|---|---:|");
        foreach (var c in results.Cache)
        {
            _text.AppendLine(s_invariant, $"| {c.NewTokens} | {FormatMedian([.. c.CacheSeconds])} | {FormatMedian([.. c.RecomputeSeconds])} | {Runs(c.RecomputeSeconds)} | {Format(c.Speedup)} |");
        }

        _text.AppendLine();
    }

    private void WriteCompaction(CompactionComparison c)
    {
        var shortRows = c.BatchSize - c.LongRows;
        _text.AppendLine("### Compaction on vs off (skewed batch)").AppendLine()
            .AppendLine(s_invariant, $"One batch of {c.BatchSize} rows: {shortRows} rows may generate {c.ShortTokens} tokens and {c.LongRows} rows {c.LongTokens}. The skew is deterministic: one `MaxLength` for the batch, which counts each row's own unpadded prompt, so the {shortRows} rows with long prompts get the short budget and the {c.LongRows} rows with 8-token prompts the long one (EOS suppressed). With compaction the finished rows leave the batch (their cache rows are dropped); without it they keep being computed, padded, until the last row ends. Both sides produce the same {c.GeneratedTokens:N0} tokens; they alternate run by run.")
            .AppendLine()
            .AppendLine("| | Median (ms) | Runs (s) | Row-steps computed | Useful tokens/s |")
            .AppendLine("|---|---:|---|---:|---:|")
            .AppendLine(s_invariant, $"| Compaction on | {FormatMedian([.. c.OnSeconds])} | {Runs(c.OnSeconds)} | {c.RowStepsOn:N0} | {c.GeneratedTokens / Measurement.Statistics.Median([.. c.OnSeconds]):F0} |")
            .AppendLine(s_invariant, $"| Compaction off | {FormatMedian([.. c.OffSeconds])} | {Runs(c.OffSeconds)} | {c.RowStepsOff:N0} | {c.GeneratedTokens / Measurement.Statistics.Median([.. c.OffSeconds]):F0} |")
            .AppendLine()
            .AppendLine(s_invariant, $"Compaction made this batch {Format(c.Speedup)} faster.")
            .AppendLine();
    }

    private void WritePadding(PaddingResults p)
    {
        _text.AppendLine("### Padding efficiency: batch planner vs arrival order").AppendLine()
            .AppendLine(s_invariant, $"Prompt lengths: the encoder section's {p.Sentences:N0} Spanish sentences, measured with MiniLM's WordPiece tokenizer (specials included): {p.MinTokens}–{p.MaxTokens} tokens, {p.MeanTokens:F1} on average — the segment-length mix the translation pipeline batches. Efficiency is useful prompt tokens over computed ones (rows × longest prompt of each batch). The planner is `LengthBatches.Plan(lengths, tokenBudget: {p.TokenBudget:N0}, maxBatchSize)`; arrival order cuts the same prompts into consecutive batches. A computation over lengths, not a timing.")
            .AppendLine()
            .AppendLine("| Max batch | Arrival-order batches | Arrival-order efficiency | Planner batches | Planner efficiency |")
            .AppendLine("|---:|---:|---:|---:|---:|");
        foreach (var c in p.Comparisons)
        {
            _text.AppendLine(s_invariant, $"| {c.BatchSize} | {c.ArrivalBatches} | {c.ArrivalEfficiency * 100:F1}% | {c.PlannedBatches} | {c.PlannedEfficiency * 100:F1}% |");
        }

        _text.AppendLine();
    }

    private static string Runs(IEnumerable<double> seconds) => string.Join(", ", seconds.Select(s => s.ToString("F2", s_invariant)));
}
