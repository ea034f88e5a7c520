using AliaBatch.Inference.Sessions;
using Microsoft.Extensions.Logging;
using Xunit;

namespace AliaBatch.Inference.Tests.Sessions;

public sealed class OnnxSessionFactoryTests : IDisposable
{
    // No machine has 64 GPUs, so CUDA on this ordinal fails everywhere, with or without CUDA libraries.
    private const int MissingDevice = 63;
    private readonly TempDirectory _temp = new();

    [Fact]
    public void GetSession_CpuRequested_UsesCpuWithoutWarning()
    {
        var logger = new ListLogger<OnnxSessionFactory>();
        using var factory = new OnnxSessionFactory(new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cpu }, logger);

        var session = factory.GetSession(_temp.Write("identity.onnx", TinyOnnx.Identity()));

        Assert.Equal(ExecutionProviderKind.Cpu, session.ExecutionProvider);
        Assert.Equal(["x"], session.InputNames);
        Assert.Equal(["y"], session.OutputNames);
        Assert.DoesNotContain(logger.Entries, e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public void GetSession_IntraOpThreads_OneSessionPerThreadCount()
    {
        using var factory = new OnnxSessionFactory(new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cpu, IntraOpThreads = 2 });
        var path = _temp.Write("identity.onnx", TinyOnnx.Identity());

        var shared = factory.GetSession(path);
        var single = factory.GetSession(path, intraOpThreads: 1);

        Assert.NotSame(shared, single);
        Assert.Same(single, factory.GetSession(path, intraOpThreads: 1));
        Assert.Same(shared, factory.GetSession(path, intraOpThreads: 2)); // the factory's own count is the default
        Assert.Throws<ArgumentOutOfRangeException>(() => factory.GetSession(path, intraOpThreads: -1));
    }

    [Theory]
    [InlineData(ExecutionProviderKind.Auto)]
    [InlineData(ExecutionProviderKind.Cuda)]
    public void GetSession_CudaUnavailable_FallsBackToCpuAndWarns(ExecutionProviderKind requested)
    {
        var logger = new ListLogger<OnnxSessionFactory>();
        var options = new InferenceOptions { ExecutionProvider = requested, DeviceId = MissingDevice };
        using var factory = new OnnxSessionFactory(options, logger);
        var path = _temp.Write("identity.onnx", TinyOnnx.Identity());

        var session = factory.GetSession(path);

        Assert.Equal(ExecutionProviderKind.Cpu, session.ExecutionProvider);
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal(4100, warning.EventId.Id);
        Assert.Contains($"device {MissingDevice}", warning.Message, StringComparison.Ordinal);
        Assert.Contains(path, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetSession_AutoWithoutAnNvidiaDriver_WarnsThatTheDriverIsMissing()
    {
        Assert.SkipWhen(File.Exists("/proc/driver/nvidia/version") || !OperatingSystem.IsLinux(), "judged on Linux machines without an NVIDIA driver");
        var logger = new ListLogger<OnnxSessionFactory>();
        using var factory = new OnnxSessionFactory(new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Auto }, logger);

        var session = factory.GetSession(_temp.Write("identity.onnx", TinyOnnx.Identity()));

        Assert.Equal(ExecutionProviderKind.Cpu, session.ExecutionProvider);
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("no NVIDIA driver (libcuda.so.1", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetSession_RequireGpuButCudaUnavailable_ThrowsNamingDeviceAndReason()
    {
        var options = new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cuda, DeviceId = MissingDevice, RequireGpu = true };
        using var factory = new OnnxSessionFactory(options);
        var path = _temp.Write("identity.onnx", TinyOnnx.Identity());

        var ex = Assert.Throws<InvalidOperationException>(() => factory.GetSession(path));

        Assert.Contains($"device {MissingDevice}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("RequireGpu", ex.Message, StringComparison.Ordinal);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length > ex.Message.IndexOf("': ", StringComparison.Ordinal) + 3, "the underlying reason is included");
    }

    [Fact]
    public void GetSession_MissingFile_ThrowsNamingFile()
    {
        using var factory = new OnnxSessionFactory(new InferenceOptions());
        var path = Path.Combine(_temp.Path, "absent.onnx");

        var ex = Assert.Throws<FileNotFoundException>(() => factory.GetSession(path));

        Assert.Equal(path, ex.FileName);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExecutionProviderKind.Cpu, false)]
    [InlineData(ExecutionProviderKind.Auto, false)]
    [InlineData(ExecutionProviderKind.Cuda, true)]
    public void GetSession_CorruptFile_ThrowsInvalidDataNamingFile(ExecutionProviderKind requested, bool requireGpu)
    {
        var options = new InferenceOptions { ExecutionProvider = requested, DeviceId = MissingDevice, RequireGpu = requireGpu };
        using var factory = new OnnxSessionFactory(options);
        var random = new byte[4096];
        new Random(42).NextBytes(random);
        var path = _temp.Write("corrupt.onnx", random);

        var ex = Assert.Throws<InvalidDataException>(() => factory.GetSession(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.InnerException);
    }

    [Fact]
    public void GetSession_SameFileTwice_ReturnsTheSameSession()
    {
        using var factory = new OnnxSessionFactory(new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cpu });
        var path = _temp.Write("identity.onnx", TinyOnnx.Identity());

        var first = factory.GetSession(path);
        var second = factory.GetSession(Path.Combine(_temp.Path, ".", "identity.onnx"));

        Assert.Same(first, second);
    }

    [Fact]
    public void GetSession_FileAppearsAfterFailure_LoadsOnRetry()
    {
        using var factory = new OnnxSessionFactory(new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cpu });
        var path = Path.Combine(_temp.Path, "late.onnx");
        Assert.Throws<FileNotFoundException>(() => factory.GetSession(path));
        File.WriteAllBytes(path, TinyOnnx.Identity());

        var session = factory.GetSession(path);

        Assert.Equal(path, session.ModelPath);
    }

    public void Dispose() => _temp.Dispose();
}
