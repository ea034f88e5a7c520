using AliaBatch.Benchmarks.Gpu;
using AliaBatch.ModelBuilder;
using Xunit;

namespace AliaBatch.Benchmarks.Tests.Gpu;

public sealed class GpuFragmentTests
{
    [Fact]
    public void Render_ParityChecked_ReportsEachPrecisionsRowsAndPrefixes()
    {
        // Arrange
        var settings = new GpuSettings { Spec = GpuSettings.Salamandra2BFp16, DryRun = false, Card = "NVIDIA H200, 143771 MiB, 580.159.04" };
        GpuParityResult[] parity =
        [
            new(ModelPrecision.Fp32, "Cuda", Rows: 4, NewTokens: 24, CommonPrefixes: [24, 24, 24, 24]),
            new(ModelPrecision.Fp16, "Cuda", Rows: 4, NewTokens: 24, CommonPrefixes: [24, 11, 24, 24]),
        ];
        var results = new GpuResults(settings, DateTimeOffset.UnixEpoch, "Cuda", "1.31.0", 30, 4_500_000_000, 12, parity, IoBindingError: null, [], [1, 8, 32, 64]);

        // Act
        var text = GpuFragment.Render(results, "aliabatch-bench gpu");

        // Assert
        Assert.Contains("on **NVIDIA H200, 143771 MiB, 580.159.04**", text, StringComparison.Ordinal);
        Assert.Contains("on Cuda and on the CPU", text, StringComparison.Ordinal);
        Assert.Contains("fp32 4 of 4 rows identical (96 of 96 tokens before the first difference; common prefixes 24, 24, 24, 24)", text, StringComparison.Ordinal);
        Assert.Contains("fp16 3 of 4 rows identical (83 of 96 tokens before the first difference; common prefixes 24, 11, 24, 24)", text, StringComparison.Ordinal);
        Assert.Contains("Not measured: batch 1, 8, 32, 64", text, StringComparison.Ordinal);
        Assert.DoesNotContain("IOBinding failed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IoBindingFailed_SaysSoAndLeavesTheHostCopyColumnsEmpty()
    {
        // Arrange
        var settings = new GpuSettings { Spec = GpuSettings.Salamandra2BFp16, DryRun = false, Card = "NVIDIA H200" };
        var copiedOnly = new GpuMeasurement(8, [0.02, 0.02, 0.02], [0.52, 0.5, 0.51], 51_200, 1_000, 3.7e9, 7_224, [], double.NaN);
        var results = new GpuResults(settings, DateTimeOffset.UnixEpoch, "Cuda", "1.31.0", 30, 4_500_000_000, 12, [], "OnnxRuntimeException: bind failed", [copiedOnly], []);

        // Act
        var text = GpuFragment.Render(results, "aliabatch-bench gpu");

        // Assert
        Assert.Contains("**IOBinding failed on this device** (OnnxRuntimeException: bind failed)", text, StringComparison.Ordinal);
        Assert.Contains("| 8 | 51200 | 1000 | — | — | 7224 |", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
    }
}
