using AliaBatch.Inference.Generation;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Xunit;

namespace AliaBatch.Inference.Tests.Generation;

public sealed class RowGatherModelTests
{
    [Fact]
    public void Build_TwoFloatTensors_GathersTheRequestedRowsOfEach()
    {
        using var session = new InferenceSession(RowGatherModel.Build(2, TensorElementType.Float));
        float[] first = [.. Enumerable.Range(0, 3 * 4).Select(i => (float)i)];
        float[] second = [.. first.Select(v => -v)];
        using var rows = OrtValue.CreateTensorValueFromMemory(new long[] { 2, 2, 0 }, [3]);
        using var a = OrtValue.CreateTensorValueFromMemory(first, [3, 1, 2, 2]);
        using var b = OrtValue.CreateTensorValueFromMemory(second, [3, 1, 2, 2]);

        using var outputs = session.Run(new RunOptions(), ["rows", "in0", "in1"], [rows, a, b], ["out0", "out1"]);

        Assert.Equal([3L, 1, 2, 2], outputs[0].GetTensorTypeAndShape().Shape);
        Assert.Equal([8f, 9, 10, 11, 8, 9, 10, 11, 0, 1, 2, 3], outputs[0].GetTensorDataAsSpan<float>().ToArray());
        Assert.Equal([-8f, -9, -10, -11, -8, -9, -10, -11, -0f, -1, -2, -3], outputs[1].GetTensorDataAsSpan<float>().ToArray());
    }
}
