using AliaBatch.Worker.Telemetry;
using Xunit;

namespace AliaBatch.Worker.Tests;

public sealed class GpuMemoryProbeTests
{
    [Fact]
    public void TryOpen_DeviceZero_EitherReadsMemoryOrSaysWhyNot()
    {
        // On a machine with an NVIDIA driver the probe reads device 0; elsewhere it says why it cannot. Both are checked.
        var probe = GpuMemoryProbe.TryOpen(0, out var reason);

        if (probe is null)
        {
            Assert.False(string.IsNullOrWhiteSpace(reason));
        }
        else
        {
            var memory = probe.Read();
            Assert.NotNull(memory);
            Assert.InRange(memory.Value.Used, 0, memory.Value.Total);
            Assert.Null(reason);
        }
    }

    [Fact]
    public void TryOpen_NegativeDevice_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GpuMemoryProbe.TryOpen(-1, out _));
    }
}
