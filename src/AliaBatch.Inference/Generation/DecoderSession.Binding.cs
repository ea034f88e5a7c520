using Microsoft.ML.OnnxRuntime;

namespace AliaBatch.Inference.Generation;

public sealed partial class DecoderSession
{
    /// <summary>
    /// Runs the decoder over <c>[batch, sequence]</c> new ids after <paramref name="past"/> through an
    /// <see cref="OrtIoBinding"/>: the present keys/values are bound to the session's device memory (CUDA device
    /// memory on CUDA, host memory on the CPU) and come back as a device-resident cache to feed to the next step
    /// as is; only the logits are bound to host memory. Same inputs and results as <see cref="Forward"/>.
    /// </summary>
    /// <param name="inputIds">New ids, <c>[batch, sequence]</c> row-major.</param>
    /// <param name="sequenceLength">New positions per row.</param>
    /// <param name="attentionMask">1 for real and 0 for padded positions over past and new, <c>[batch, past + sequence]</c>.</param>
    /// <param name="positionIds">Positions of the new ids, <c>[batch, sequence]</c>; ignored when the model derives them.</param>
    /// <param name="past">The cache so far, from <see cref="EmptyDeviceCache"/> or a previous step (not consumed; the caller still disposes it).</param>
    /// <param name="cancellationToken">Terminates the run.</param>
    public DecoderStep ForwardWithBinding(long[] inputIds, int sequenceLength, long[] attentionMask, long[] positionIds, KvCache past, CancellationToken cancellationToken = default)
    {
        using var inputs = HostInputs(inputIds, sequenceLength, attentionMask, positionIds, past);
        using var binding = Session.CreateIoBinding();
        for (var i = 0; i < inputs.Names.Count; i++)
        {
            binding.BindInput(inputs.Names[i], inputs.Values[i]);
        }

        for (var layer = 0; layer < Info.NumLayers; layer++)
        {
            binding.BindInput(Info.PastKeyNames[layer], past.Keys[layer]);
            binding.BindInput(Info.PastValueNames[layer], past.Values[layer]);
        }

        // Logits are read on the host for sampling; ORT copies them there from the device at the end of the run.
        binding.BindOutputToDevice(DecoderModelInfo.LogitsName, OrtMemoryInfo.DefaultInstance);
        for (var layer = 0; layer < Info.NumLayers; layer++)
        {
            binding.BindOutputToDevice(Info.PresentKeyNames[layer], Session.DeviceMemory);
            binding.BindOutputToDevice(Info.PresentValueNames[layer], Session.DeviceMemory);
        }

        Session.RunWithBinding(binding, cancellationToken);
        var names = binding.GetOutputNames();
        var outputs = binding.GetOutputValues();
        try
        {
            var byName = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => outputs[p.i], StringComparer.Ordinal);
            var (logits, vocabulary) = LastPositionLogits(byName[DecoderModelInfo.LogitsName], past.BatchSize);
            var keys = Info.PresentKeyNames.Select(n => byName[n]).ToArray();
            var values = Info.PresentValueNames.Select(n => byName[n]).ToArray();
            return new DecoderStep(logits, vocabulary, KvCache.FromPresent(Info, keys, values, outputs, _deviceCache));
        }
        catch
        {
            outputs.Dispose();
            throw;
        }
    }
}
