using AliaBatch.Inference.Tokenization;
using Microsoft.ML.OnnxRuntime;

namespace AliaBatch.Benchmarks.Encoder;

/// <summary>
/// The baseline a developer writes by hand with the ONNX Runtime C# API: one <see cref="InferenceSession"/>,
/// texts taken in arrival order (one per run, or fixed-size batches padded to their longest row), mean pooling and
/// L2 normalisation. Same tokenizer, session settings and thread count as the product path; no length bucketing.
/// </summary>
internal sealed class PlainOnnxEncoder : IDisposable
{
    private const string Output = "last_hidden_state";
    private readonly InferenceSession _session;
    private readonly ITextTokenizer _tokenizer;
    private readonly int _maxLength;
    private readonly int _dimensions;

    /// <summary>Loads the model with the product's CPU session settings.</summary>
    /// <param name="modelPath">The encoder's <c>model.onnx</c>.</param>
    /// <param name="tokenizer">Its tokenizer.</param>
    /// <param name="intraOpThreads">Threads inside one operator.</param>
    /// <param name="maxLength">Truncation length in tokens.</param>
    /// <param name="profilePrefix">When set, ONNX Runtime profiles every run into a JSON file starting with this path (see <see cref="EndProfiling"/>).</param>
    public PlainOnnxEncoder(string modelPath, ITextTokenizer tokenizer, int intraOpThreads, int maxLength, string? profilePrefix = null)
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = intraOpThreads,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        };
        if (profilePrefix is not null)
        {
            // The prefix first: turning profiling on hands ONNX Runtime the prefix set at that moment.
            options.ProfileOutputPathPrefix = profilePrefix;
            options.EnableProfiling = true;
        }

        _session = new InferenceSession(modelPath, options);
        _tokenizer = tokenizer;
        _maxLength = maxLength;
        _dimensions = (int)_session.OutputMetadata[Output].Dimensions[^1];
    }

    /// <summary>Embeds texts in arrival order, <paramref name="batchSize"/> per run (1: the naive per-sentence loop).</summary>
    public float[][] Embed(IReadOnlyList<string> texts, int batchSize)
    {
        var results = new float[texts.Count][];
        for (var start = 0; start < texts.Count; start += batchSize)
        {
            var rows = Math.Min(batchSize, texts.Count - start);
            var sequences = new IReadOnlyList<int>[rows];
            for (var row = 0; row < rows; row++)
            {
                sequences[row] = _tokenizer.Encode(texts[start + row], addSpecialTokens: true, _maxLength);
            }

            var length = sequences.Max(s => s.Count);
            var ids = new long[rows * length];
            var mask = new long[rows * length];
            for (var row = 0; row < rows; row++)
            {
                for (var t = 0; t < sequences[row].Count; t++)
                {
                    ids[(row * length) + t] = sequences[row][t];
                    mask[(row * length) + t] = 1;
                }
            }

            long[] shape = [rows, length];
            using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
            using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
            using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
            using var runOptions = new RunOptions();
            using var outputs = _session.Run(
                runOptions,
                ["input_ids", "attention_mask", "token_type_ids"],
                [idsValue, maskValue, typesValue],
                [Output]);
            var hidden = outputs[0].GetTensorDataAsSpan<float>();
            for (var row = 0; row < rows; row++)
            {
                results[start + row] = MeanPool(hidden, mask, row, length);
            }
        }

        return results;
    }

    /// <summary>Stops profiling and returns the profile's path.</summary>
    public string EndProfiling() => _session.EndProfiling();

    public void Dispose() => _session.Dispose();

    private float[] MeanPool(ReadOnlySpan<float> hidden, long[] mask, int row, int length)
    {
        var vector = new float[_dimensions];
        var count = 0;
        for (var t = 0; t < length; t++)
        {
            var position = (row * length) + t;
            if (mask[position] == 0)
            {
                continue;
            }

            count++;
            var state = hidden.Slice(position * _dimensions, _dimensions);
            for (var d = 0; d < _dimensions; d++)
            {
                vector[d] += state[d];
            }
        }

        var norm = 0f;
        for (var d = 0; d < _dimensions; d++)
        {
            vector[d] /= count;
            norm += vector[d] * vector[d];
        }

        norm = MathF.Sqrt(norm);
        for (var d = 0; d < _dimensions; d++)
        {
            vector[d] /= norm;
        }

        return vector;
    }
}
