using System.Runtime.InteropServices;
using AliaBatch.Inference.Sessions;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace AliaBatch.Inference.Generation;

public sealed partial class DecoderSession
{
    /// <summary>The host inputs of a step (ids, mask, positions where taken, the cache branch flag where present).</summary>
    private NamedInputs HostInputs(long[] inputIds, int sequenceLength, long[] attentionMask, long[] positionIds, KvCache past)
    {
        ArgumentNullException.ThrowIfNull(inputIds);
        ArgumentNullException.ThrowIfNull(attentionMask);
        ArgumentNullException.ThrowIfNull(positionIds);
        ArgumentNullException.ThrowIfNull(past);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequenceLength);
        var batch = past.BatchSize;
        if (inputIds.Length != batch * sequenceLength || positionIds.Length != inputIds.Length || attentionMask.Length != batch * (past.Length + sequenceLength))
        {
            throw new ArgumentException($"Inputs do not match batch {batch}, sequence {sequenceLength}, past {past.Length}.", nameof(inputIds));
        }

        var inputs = new NamedInputs();
        try
        {
            inputs.Add(DecoderModelInfo.InputIdsName, OrtInputs.CreateIntegerTensor(Session, DecoderModelInfo.InputIdsName, inputIds, [batch, sequenceLength]));
            inputs.Add(DecoderModelInfo.AttentionMaskName, OrtInputs.CreateIntegerTensor(Session, DecoderModelInfo.AttentionMaskName, attentionMask, [batch, past.Length + sequenceLength]));
            if (Info.HasPositionIds)
            {
                inputs.Add(DecoderModelInfo.PositionIdsName, OrtInputs.CreateIntegerTensor(Session, DecoderModelInfo.PositionIdsName, positionIds, [batch, sequenceLength]));
            }

            if (Info.HasUseCacheBranch)
            {
                inputs.Add(DecoderModelInfo.UseCacheBranchName, OrtValue.CreateTensorValueFromMemory(new[] { past.Length > 0 }, [1]));
            }

            return inputs;
        }
        catch
        {
            inputs.Dispose();
            throw;
        }
    }

    private (float[] Logits, int Vocabulary) LastPositionLogits(OrtValue logits, int batch)
    {
        var shape = logits.GetTensorTypeAndShape().Shape;
        var vocabulary = checked((int)shape[^1]);
        var outputLength = checked((int)shape[1]);
        var result = new float[batch * vocabulary];
        for (var row = 0; row < batch; row++)
        {
            // Some exports return only the last position; others every position.
            var offset = ((row * outputLength) + outputLength - 1) * vocabulary;
            var target = result.AsSpan(row * vocabulary, vocabulary);
            if (Info.LogitsElementType == TensorElementType.Float16)
            {
                var source = MemoryMarshal.Cast<byte, Half>(logits.GetTensorMutableRawData()).Slice(offset, vocabulary);
                for (var i = 0; i < vocabulary; i++)
                {
                    target[i] = (float)source[i];
                }
            }
            else
            {
                logits.GetTensorDataAsSpan<float>().Slice(offset, vocabulary).CopyTo(target);
            }
        }

        return (result, vocabulary);
    }

    /// <summary>Input names and values in run order; disposes the values it owns (not the cache's).</summary>
    private sealed class NamedInputs : IDisposable
    {
        private readonly List<OrtValue> _owned = [];

        public List<string> Names { get; } = [];

        public List<OrtValue> Values { get; } = [];

        public void Add(string name, OrtValue value, bool owned = true)
        {
            if (owned)
            {
                _owned.Add(value);
            }

            Names.Add(name);
            Values.Add(value);
        }

        public void Dispose() => _owned.ForEach(v => v.Dispose());
    }
}
