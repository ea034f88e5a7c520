using AliaBatch.Benchmarks.Gpu;
using AliaBatch.Inference.Sessions;
using AliaBatch.ModelBuilder;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Benchmarks.Tests.Gpu;

public sealed class GpuParityTests
{
    [Theory]
    [InlineData(ModelPrecision.Fp32)]
    [InlineData(ModelPrecision.Fp16)]
    public void Check_CpuAgainstCpu_EveryRowIdentical(ModelPrecision precision)
    {
        // Arrange
        using var work = new TemporaryFolder("gpu-parity");
        var spec = GpuSettings.ParitySpec with { Precision = precision };

        // Act
        var result = GpuParity.Check(spec, new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cpu }, work.Path, seed: 7);

        // Assert
        Assert.Equal(precision, result.Precision);
        Assert.Equal("Cpu", result.ExecutionProvider);
        Assert.Equal([result.NewTokens, result.NewTokens, result.NewTokens, result.NewTokens], result.CommonPrefixes);
        Assert.Equal(4, result.IdenticalRows);
        Assert.Empty(Directory.GetFileSystemEntries(work.Path));
    }

    [Fact]
    public void Counts_RowsPartedEarly_CountOnlyTheCommonPrefixes()
    {
        // Arrange
        var result = new GpuParityResult(ModelPrecision.Fp16, "Cuda", Rows: 3, NewTokens: 24, CommonPrefixes: [24, 7, 24]);

        // Act
        var (rows, tokens) = (result.IdenticalRows, result.AgreedTokens);

        // Assert
        Assert.Equal(2, rows);
        Assert.Equal(55, tokens);
    }
}
