using System.Globalization;
using System.Text;
using AliaBatch.Benchmarks.Generation;

namespace AliaBatch.Benchmarks.Gpu;

/// <summary>The Markdown fragment a GPU run writes, to paste into docs/benchmarks.md (bench/run.sh includes it itself).</summary>
internal static class GpuFragment
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    public static string Render(GpuResults results, string command)
    {
        ArgumentNullException.ThrowIfNull(results);
        var s = results.Settings;
        var text = new StringBuilder();
        if (s.DryRun)
        {
            text.AppendLine("**Dry run on the CPU with a tiny decoder: these are not GPU figures.** It only proves the code path; the roofline columns assume an H100 and mean nothing here.").AppendLine();
        }

        text.AppendLine(s_invariant, $"Measured {results.Date:yyyy-MM-dd HH:mm} UTC on **{s.Card}** with `{command}`; execution provider {results.ExecutionProvider}, ONNX Runtime {results.OnnxRuntimeVersion}.")
            .AppendLine()
            .AppendLine(s_invariant, $"Model: {GenerationBenchmark.Describe(s.Spec)}, seeded random weights built on the machine by `DecoderModelBuilder` ({results.ModelBytes / 1e9:F2} GB on disk, built in {results.BuildSeconds:F0} s, loaded in {results.LoadSeconds:F0} s). Greedy `DecoderRunner.Generate` with EOS suppressed: {s.PromptTokens}-token prompts, {s.NewTokens} new tokens per row; medians of {s.Runs} measured runs after a warm-up. Prefill is a 1-token generation (the prompt pass and one logits pick); decode is the full generation minus the prefill, over its {s.NewTokens - 1} incremental steps.")
            .AppendLine()
            .AppendLine(Parity(results.Parity))
            .AppendLine();
        if (results.IoBindingError is not null)
        {
            text.AppendLine(s_invariant, $"**IOBinding failed on this device** ({results.IoBindingError}): every figure below copies the cache and logits through host memory, and the host-copy columns are empty.").AppendLine();
        }

        text.AppendLine("Decode runs with the KV cache and logits bound through IOBinding (the cache stays in device memory; only the last logits come back), the engine's default on CUDA; the host-copy column is the same generation copying the cache and logits through host memory every step, measured once.")
            .AppendLine()
            .AppendLine("| Batch | Prefill tokens/s | Decode tokens/s | Decode tokens/s, host copies | IOBinding gain | Decode roofline tokens/s | Share of roofline | Bytes read per step (GB) | Prefill runs (s) | Full runs (s) |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var m in results.Measurements)
        {
            text.AppendLine(s_invariant, $"| {m.BatchSize} | {m.PrefillTokensPerSecond:F0} | {m.DecodeTokensPerSecond:F0} | {OrDash(m.HostCopyDecodeTokensPerSecond, "F0")} | {OrDash(m.DecodeTokensPerSecond / m.HostCopyDecodeTokensPerSecond, "F2", "×")} | {m.RooflineTokensPerSecond:F0} | {m.RooflineShare * 100:F1}% | {m.BytesPerStep / 1e9:F2} | {Runs(m.PrefillSeconds)} | {Runs(m.TotalSeconds)} |");
        }

        if (results.SkippedBatchSizes.Count > 0)
        {
            text.AppendLine().AppendLine(s_invariant, $"Not measured: batch {string.Join(", ", results.SkippedBatchSizes)} (the run's {s.Budget.TotalMinutes:F0}-minute budget was spent).");
        }

        text.AppendLine()
            .AppendLine(s_invariant, $"Roofline: a decode step at batch B must read the weights once and every row's KV cache, so decode tokens/s ≤ B × bandwidth / bytes per step, with bytes per step = e × (P − V·H) + B × C × 2 × L × Hkv × d × e — e = {Roofline.ElementBytes(s.Spec):F0} bytes per element, P = {s.Spec.ParameterCount:N0} parameters, V·H = {(long)s.Spec.VocabSize * s.Spec.HiddenSize:N0} (the input embedding table, of which only B rows are gathered), C = {s.PromptTokens} + {s.NewTokens}/2 = average context, L = {s.Spec.NumHiddenLayers} layers, Hkv = {s.Spec.NumKeyValueHeads} KV heads, d = {s.Spec.HeadDim}; bandwidth = {s.BandwidthBytesPerSecond / 1e12:F2} TB/s (H100 SXM HBM3; an H200's 4.8 TB/s would lower every share by 0.70×). Activations and logits are left out, so the bound is slightly optimistic.");
        return text.ToString();
    }

    private static string OrDash(double value, string format, string unit = "") => double.IsNaN(value) ? "—" : value.ToString(format, s_invariant) + unit;

    private static string Runs(IEnumerable<double> seconds) => string.Join(", ", seconds.Select(v => v.ToString("F2", s_invariant)));

    /// <summary>The parity line: per precision, the rows and tokens the device generated as the CPU did.</summary>
    private static string Parity(IReadOnlyList<GpuParityResult> parity)
    {
        if (parity.Count == 0)
        {
            return "Parity: not checked.";
        }

        var first = parity[0];
        var checks = parity.Select(p => string.Create(s_invariant, $"{p.Precision.ToString().ToLowerInvariant()} {p.IdenticalRows} of {p.Rows} rows identical ({p.AgreedTokens} of {p.Rows * p.NewTokens} tokens before the first difference; common prefixes {string.Join(", ", p.CommonPrefixes)}{(p.IoBindingError is null ? string.Empty : $"; IOBinding failed, host copies compared: {p.IoBindingError}")})"));
        return string.Create(s_invariant, $"Parity, checked before the timings: a small generated decoder ({GenerationBenchmark.Describe(GpuSettings.ParitySpec)}; then the same in fp16) generated greedily on {first.ExecutionProvider} and on the CPU from the same prompts ({first.Rows} rows of 5–16 tokens, {first.NewTokens} new tokens each): {string.Join("; ", checks)}. A greedy continuation parts for good at its first different token, which happens only where two logits nearly tie; fp32 should agree throughout.");
    }
}
