using AliaBatch.ModelBuilder;

namespace AliaBatch.Benchmarks.Gpu;

/// <summary>
/// One parity check: per row, how many of its generated tokens the device and the CPU agree on before they part; with
/// <paramref name="IoBindingError"/>, the device's IOBinding path failed and the host-copy path was compared.
/// </summary>
internal sealed record GpuParityResult(ModelPrecision Precision, string ExecutionProvider, int Rows, int NewTokens, IReadOnlyList<int> CommonPrefixes, string? IoBindingError = null)
{
    public int IdenticalRows => CommonPrefixes.Count(n => n == NewTokens);

    public int AgreedTokens => CommonPrefixes.Sum();
}
