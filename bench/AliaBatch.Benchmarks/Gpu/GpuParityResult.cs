using AliaBatch.ModelBuilder;

namespace AliaBatch.Benchmarks.Gpu;

/// <summary>One parity check: per row, how many of its generated tokens the device and the CPU agree on before they part.</summary>
internal sealed record GpuParityResult(ModelPrecision Precision, string ExecutionProvider, int Rows, int NewTokens, IReadOnlyList<int> CommonPrefixes)
{
    public int IdenticalRows => CommonPrefixes.Count(n => n == NewTokens);

    public int AgreedTokens => CommonPrefixes.Sum();
}
