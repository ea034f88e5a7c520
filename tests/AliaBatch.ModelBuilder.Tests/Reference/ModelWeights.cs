using System.Buffers.Binary;
using Onnx;

namespace AliaBatch.ModelBuilder.Tests.Reference;

/// <summary>Reads the initializers of a generated model back as fp32 arrays, so references use exactly the ONNX weights.</summary>
internal sealed class ModelWeights
{
    private readonly Dictionary<string, float[]> _tensors = new(StringComparer.Ordinal);

    public ModelWeights(string modelPath)
    {
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(modelPath));
        Model = model;
        foreach (var tensor in model.Graph.Initializer)
        {
            var bytes = tensor.RawData.Span;
            var half = tensor.DataType == (int)TensorProto.Types.DataType.Float16;
            var values = new float[bytes.Length / (half ? 2 : 4)];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = half
                    ? (float)BinaryPrimitives.ReadHalfLittleEndian(bytes[(i * 2)..])
                    : BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * 4)..]);
            }

            _tensors[tensor.Name] = values;
        }
    }

    public ModelProto Model { get; }

    public float[] this[string name] => _tensors[name];
}
