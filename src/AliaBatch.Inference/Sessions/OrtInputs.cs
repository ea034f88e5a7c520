using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace AliaBatch.Inference.Sessions;

/// <summary>Builds integer input tensors in the element type the model declares (int64, or int32 for some exports).</summary>
internal static class OrtInputs
{
    public static OrtValue CreateIntegerTensor(OnnxModelSession session, string name, long[] data, long[] shape)
    {
        var type = session.InputMetadata[name].ElementDataType;
        return type switch
        {
            TensorElementType.Int64 => OrtValue.CreateTensorValueFromMemory(data, shape),
            TensorElementType.Int32 => OrtValue.CreateTensorValueFromMemory(Array.ConvertAll(data, v => checked((int)v)), shape),
            _ => throw new InvalidDataException($"Model '{session.ModelPath}' input '{name}' has element type {type}; expected int64 or int32."),
        };
    }
}
