using AliaBatch.Benchmarks.Gpu;

namespace AliaBatch.Benchmarks.Reporting;

internal sealed partial class BenchmarkReport
{
    private void WriteGpu()
    {
        _text.AppendLine("## Generation on GPU: salamandra-2b shape, fp16, CUDA").AppendLine();
        if (gpuFragment is not null)
        {
            _text.AppendLine(gpuFragment.Trim()).AppendLine();
            return;
        }

        _text.AppendLine("**GPU figures: not yet measured.** No NVIDIA GPU was present for this run, and none has yet been available to the project. The benchmark is prepared as one command, to run on an H100/H200 machine with the .NET SDK (about 8 minutes):")
            .AppendLine().AppendLine("```bash").AppendLine("bash bench/gpu/run-gpu-benchmark.sh").AppendLine("```").AppendLine()
            .AppendLine("It prints `nvidia-smi`, checks that CUDA generates what the CPU does (a small generated decoder in fp32 and fp16, greedy, compared token by token), builds `DecoderSpec.Salamandra2B` in fp16 (24 layers, hidden 2048, 16 heads, vocabulary 256,000; about 4.5 GB of weights as external data) into a temporary folder, loads it on the CUDA execution provider with `RequireGpu`, and measures prefill and decode tokens/s at batch 1, 8, 32 and 64 (128-token prompts, 64 new tokens, EOS suppressed) against the memory-bandwidth roofline of an H100 (3.35 TB/s). It writes a Markdown fragment, dated and naming the card, to paste here; `bench/run.sh` runs it itself and includes the fragment when `nvidia-smi` finds a GPU. `aliabatch-bench gpu --dry-run` runs the same code path on the CPU with a tiny decoder.")
            .AppendLine()
            .AppendLine("A GPU machine without the .NET SDK or network (a locked-down host, or the development workplace's lent device) runs it from a bundle: `bash bench/gpu/pack-device-bundle.sh` publishes the benchmark self-contained with ONNX Runtime's CUDA provider and cuts the xz tarball into parts of at most 57 MiB (`.device-bundle/p0`, `p1`, …); each part travels on its own (there: `bash bench/gpu/device-run.sh --stage`), and `bash bench/gpu/device-run.sh` on the machine checks the parts against the tarball's hash, unpacks it, puts pip-installed CUDA 13 and cuDNN 9 libraries on the loader path, and writes `gpu.md` with `environment.txt` (card, libraries found, what the CUDA provider links to). `BENCH_GPU_FRAGMENT=path/to/gpu.md bash bench/run.sh` then includes that fragment here.")
            .AppendLine();
        WriteRooflineBounds();
    }

    /// <summary>What the roofline allows for this shape: computed from the dimensions, so a later GPU run has its yardstick.</summary>
    private void WriteRooflineBounds()
    {
        var spec = GpuSettings.Salamandra2BFp16;
        const int Prompt = 128, NewTokens = 64;
        var context = Prompt + (NewTokens / 2.0);
        _text.AppendLine(s_invariant, $"The bound the measured decode figures will be compared with, computed (not measured) from the dimensions ({spec.ParameterCount / 1e9:F2} B parameters; {Roofline.WeightBytesPerStep(spec) / 1e9:F2} GB of weights read per step, the input embedding table excepted; {Roofline.KvBytesPerToken(spec) / 1024:F0} KiB of KV cache per token) at 3.35 TB/s and an average context of {context:F0} tokens — see `Roofline` in bench/AliaBatch.Benchmarks/Gpu for the formula:")
            .AppendLine()
            .AppendLine("| Batch | Bytes read per decode step (GB) | Decode roofline (tokens/s) |")
            .AppendLine("|---:|---:|---:|");
        foreach (var batch in new[] { 1, 8, 32, 64 })
        {
            _text.AppendLine(s_invariant, $"| {batch} | {Roofline.BytesPerStep(spec, batch, context) / 1e9:F2} | {Roofline.TokensPerSecond(spec, batch, context, GpuSettings.H100BandwidthBytesPerSecond):N0} |");
        }

        _text.AppendLine();
    }
}
