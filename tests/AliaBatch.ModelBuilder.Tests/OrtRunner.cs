using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace AliaBatch.ModelBuilder.Tests;

/// <summary>Runs a generated model on the ONNX Runtime CPU provider with named int64 and float inputs.</summary>
internal sealed class OrtRunner : IDisposable
{
    private readonly InferenceSession _session;

    public OrtRunner(string modelPath)
    {
        using var options = new SessionOptions { LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING };
        _session = new InferenceSession(modelPath, options);
    }

    public InferenceSession Session => _session;

    public void Dispose() => _session.Dispose();

    /// <summary>Runs the model; each input is (data, shape) with long[] or float[] data. Returns every output as (floats, shape).</summary>
    public Dictionary<string, (float[] Data, long[] Shape)> Run(Dictionary<string, (Array Data, long[] Shape)> inputs)
    {
        var values = new Dictionary<string, OrtValue>(StringComparer.Ordinal);
        try
        {
            foreach (var (name, (data, shape)) in inputs)
            {
                values[name] = data switch
                {
                    long[] longs => OrtValue.CreateTensorValueFromMemory(longs, shape),
                    float[] floats => OrtValue.CreateTensorValueFromMemory(floats, shape),
                    Half[] halves => OrtValue.CreateTensorValueFromMemory(halves.Select(h => (Float16)(float)h).ToArray(), shape),
                    _ => throw new ArgumentException($"Unsupported input type for {name}.", nameof(inputs)),
                };
            }

            using var runOptions = new RunOptions();
            using var outputs = _session.Run(runOptions, values, _session.OutputNames);
            var result = new Dictionary<string, (float[] Data, long[] Shape)>(StringComparer.Ordinal);
            var names = _session.OutputNames;
            for (var i = 0; i < names.Count; i++)
            {
                var info = outputs[i].GetTensorTypeAndShape();
                var data = info.ElementDataType == TensorElementType.Float16
                    ? outputs[i].GetTensorDataAsSpan<Float16>().ToArray().Select(h => h.ToFloat()).ToArray()
                    : outputs[i].GetTensorDataAsSpan<float>().ToArray();
                result[names[i]] = (data, info.Shape);
            }

            return result;
        }
        finally
        {
            foreach (var value in values.Values)
            {
                value.Dispose();
            }
        }
    }
}
