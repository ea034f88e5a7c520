using AliaBatch.Inference.Sessions;
using Microsoft.ML.OnnxRuntime;
using Xunit;

namespace AliaBatch.Inference.Tests.Sessions;

public sealed class OnnxModelSessionTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly OnnxSessionFactory _factory = new(new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cpu });

    [Fact]
    public void Run_IdentityModel_ReturnsTheInput()
    {
        var session = _factory.GetSession(_temp.Write("identity.onnx", TinyOnnx.Identity()));
        float[] data = [1f, 2f, 3f, 4f, 5f, 6f];
        using var input = OrtValue.CreateTensorValueFromMemory(data, [2, 3]);

        using var outputs = session.Run(["x"], [input], ["y"], TestContext.Current.CancellationToken);

        var y = Assert.Single(outputs);
        Assert.Equal([2L, 3L], y.GetTensorTypeAndShape().Shape);
        Assert.Equal(data, y.GetTensorDataAsSpan<float>().ToArray());
    }

    [Fact]
    public void Run_CancelledToken_TerminatesAndThrowsOperationCanceled()
    {
        var session = _factory.GetSession(_temp.Write("identity.onnx", TinyOnnx.Identity()));
        using var input = OrtValue.CreateTensorValueFromMemory(new float[] { 1f }, [1, 1]);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var ex = Assert.Throws<OperationCanceledException>(() => session.Run(["x"], [input], ["y"], cts.Token));

        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.IsType<OnnxRuntimeException>(ex.InnerException);
    }

    [Fact]
    public void HasInput_KnownAndUnknownNames_ReportsMetadata()
    {
        var session = _factory.GetSession(_temp.Write("identity.onnx", TinyOnnx.Identity()));

        Assert.True(session.HasInput("x"));
        Assert.False(session.HasInput("token_type_ids"));
        Assert.Equal([-1, -1], session.InputMetadata["x"].Dimensions);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _temp.Dispose();
    }
}
