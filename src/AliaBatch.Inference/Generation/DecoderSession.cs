using System.Runtime.InteropServices;
using AliaBatch.Inference.Sessions;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace AliaBatch.Inference.Generation;

/// <summary>
/// Runs a Llama-architecture decoder export one step at a time: feeds ids, mask, positions (when the model takes
/// them) and the past cache, and returns the last position's logits as float plus the present cache.
/// Does not own the <see cref="OnnxModelSession"/>.
/// </summary>
public sealed class DecoderSession
{
    /// <summary>Reads the decoder layout of <paramref name="session"/>.</summary>
    /// <exception cref="InvalidDataException">The model is not a decoder with past key/values.</exception>
    public DecoderSession(OnnxModelSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        Session = session;
        Info = DecoderModelInfo.FromSession(session);
    }

    /// <summary>The underlying session.</summary>
    public OnnxModelSession Session { get; }

    /// <summary>The decoder layout.</summary>
    public DecoderModelInfo Info { get; }

    /// <summary>Runs the decoder over <c>[batch, sequence]</c> new ids after <paramref name="past"/>.</summary>
    /// <param name="inputIds">New ids, <c>[batch, sequence]</c> row-major.</param>
    /// <param name="sequenceLength">New positions per row.</param>
    /// <param name="attentionMask">1 for real and 0 for padded positions over past and new, <c>[batch, past + sequence]</c>.</param>
    /// <param name="positionIds">Positions of the new ids, <c>[batch, sequence]</c>; ignored when the model derives them.</param>
    /// <param name="past">The cache so far (not consumed; the caller still disposes it).</param>
    /// <param name="cancellationToken">Terminates the run.</param>
    public DecoderStep Forward(long[] inputIds, int sequenceLength, long[] attentionMask, long[] positionIds, KvCache past, CancellationToken cancellationToken = default)
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

        var names = new List<string>();
        var values = new List<OrtValue>();
        try
        {
            Add(names, values, DecoderModelInfo.InputIdsName, OrtInputs.CreateIntegerTensor(Session, DecoderModelInfo.InputIdsName, inputIds, [batch, sequenceLength]));
            Add(names, values, DecoderModelInfo.AttentionMaskName, OrtInputs.CreateIntegerTensor(Session, DecoderModelInfo.AttentionMaskName, attentionMask, [batch, past.Length + sequenceLength]));
            if (Info.HasPositionIds)
            {
                Add(names, values, DecoderModelInfo.PositionIdsName, OrtInputs.CreateIntegerTensor(Session, DecoderModelInfo.PositionIdsName, positionIds, [batch, sequenceLength]));
            }

            if (Info.HasUseCacheBranch)
            {
                Add(names, values, DecoderModelInfo.UseCacheBranchName, OrtValue.CreateTensorValueFromMemory(new[] { past.Length > 0 }, [1]));
            }

            var outputNames = new List<string>(1 + (2 * Info.NumLayers)) { DecoderModelInfo.LogitsName };
            for (var layer = 0; layer < Info.NumLayers; layer++)
            {
                names.Add(Info.PastKeyNames[layer]);
                names.Add(Info.PastValueNames[layer]);
                outputNames.Add(Info.PresentKeyNames[layer]);
                outputNames.Add(Info.PresentValueNames[layer]);
            }

            var inputs = new List<OrtValue>(values);
            for (var layer = 0; layer < Info.NumLayers; layer++)
            {
                inputs.Add(past.Keys[layer]);
                inputs.Add(past.Values[layer]);
            }

            var outputs = Session.Run(names, inputs, outputNames, cancellationToken);
            try
            {
                var (logits, vocabulary) = LastPositionLogits(outputs[0], batch);
                var keys = Enumerable.Range(0, Info.NumLayers).Select(l => outputs[1 + (2 * l)]).ToArray();
                var presentValues = Enumerable.Range(0, Info.NumLayers).Select(l => outputs[2 + (2 * l)]).ToArray();
                return new DecoderStep(logits, vocabulary, KvCache.FromPresent(Info, keys, presentValues, outputs));
            }
            catch
            {
                outputs.Dispose();
                throw;
            }
        }
        finally
        {
            foreach (var value in values)
            {
                value.Dispose();
            }
        }
    }

    private static void Add(List<string> names, List<OrtValue> values, string name, OrtValue value)
    {
        values.Add(value);
        names.Add(name);
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
}
