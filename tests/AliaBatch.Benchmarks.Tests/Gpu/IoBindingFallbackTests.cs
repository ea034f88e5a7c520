using AliaBatch.Benchmarks.Gpu;
using AliaBatch.Inference.Sessions;
using Xunit;

namespace AliaBatch.Benchmarks.Tests.Gpu;

public sealed class IoBindingFallbackTests
{
    [Fact]
    public void Run_DefaultPathWorks_UsesItAndReportsNoError()
    {
        // Arrange
        var requested = new List<bool?>();

        // Act
        var (result, error) = IoBindingFallback.Run(ExecutionProviderKind.Cuda, useIoBinding => { requested.Add(useIoBinding); return 42; });

        // Assert
        Assert.Equal(42, result);
        Assert.Null(error);
        Assert.Equal([null], requested);
    }

    [Fact]
    public void Run_IoBindingFailsOnTheDevice_RetriesWithHostCopiesAndSaysWhy()
    {
        // Arrange
        var requested = new List<bool?>();

        // Act
        var (result, error) = IoBindingFallback.Run(ExecutionProviderKind.Cuda, useIoBinding =>
        {
            requested.Add(useIoBinding);
            return useIoBinding == false ? 7 : throw new InvalidOperationException("cannot bind present.0.key");
        });

        // Assert
        Assert.Equal(7, result);
        Assert.Equal([null, false], requested);
        Assert.Contains("cannot bind present.0.key", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FailureOnTheCpu_IsNotRetried()
    {
        // Arrange
        var calls = 0;

        // Act
        var failure = Record.Exception(() => IoBindingFallback.Run<int>(ExecutionProviderKind.Cpu, _ =>
        {
            calls++;
            throw new InvalidOperationException("broken model");
        }));

        // Assert
        Assert.IsType<InvalidOperationException>(failure);
        Assert.Equal(1, calls);
    }
}
