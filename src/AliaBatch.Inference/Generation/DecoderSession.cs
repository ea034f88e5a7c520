using AliaBatch.Inference.Sessions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AliaBatch.Inference.Generation;

/// <summary>
/// Runs a Llama-architecture decoder export one step at a time: feeds ids, mask, positions (when the model takes
/// them) and the past cache, and returns the last position's logits as float plus the present cache. Two ways to
/// exchange tensors: <see cref="Forward"/> copies every output to the host; <see cref="ForwardWithBinding"/> binds
/// the present keys/values to the session's device memory and brings only the logits to the host.
/// Does not own the <see cref="OnnxModelSession"/>.
/// </summary>
public sealed partial class DecoderSession
{
    private readonly ILogger _logger;
    private readonly DeviceCache _deviceCache;
    private int _loggedPaths;

    /// <summary>Reads the decoder layout of <paramref name="session"/>.</summary>
    /// <param name="session">The decoder's session.</param>
    /// <param name="logger">Records which path (IOBinding or host copies) decodes, once per path; null logs nothing.</param>
    /// <exception cref="InvalidDataException">The model is not a decoder with past key/values.</exception>
    public DecoderSession(OnnxModelSession session, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        Session = session;
        Info = DecoderModelInfo.FromSession(session);
        _logger = logger ?? NullLogger.Instance;
        _deviceCache = new DeviceCache(session, Info);
    }

    /// <summary>The underlying session.</summary>
    public OnnxModelSession Session { get; }

    /// <summary>The decoder layout.</summary>
    public DecoderModelInfo Info { get; }

    /// <summary>
    /// Whether a batch decodes through IOBinding: <paramref name="requested"/> when set (see
    /// <see cref="GenerationOptions.UseIoBinding"/>), else true on CUDA and false on the CPU, where the binding gains nothing.
    /// Logs the first use of each path.
    /// </summary>
    public bool UsesIoBinding(bool? requested)
    {
        var binding = requested ?? Session.ExecutionProvider == ExecutionProviderKind.Cuda;
        var flag = binding ? 1 : 2;
        if ((Interlocked.Or(ref _loggedPaths, flag) & flag) == 0)
        {
            Log.DecoderPath(_logger, Session.ModelPath, Session.ExecutionProvider, binding ? "IOBinding (KV cache in session memory, logits to host)" : "host copies (KV cache and logits to host each step)");
        }

        return binding;
    }

    /// <summary>An empty cache (length 0) of <paramref name="batchSize"/> rows for <see cref="ForwardWithBinding"/>, in the session's device memory.</summary>
    public KvCache EmptyDeviceCache(int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(batchSize);
        return _deviceCache.Empty(batchSize);
    }

    /// <summary>Runs the decoder over <c>[batch, sequence]</c> new ids after <paramref name="past"/>, copying every output to the host.</summary>
    /// <param name="inputIds">New ids, <c>[batch, sequence]</c> row-major.</param>
    /// <param name="sequenceLength">New positions per row.</param>
    /// <param name="attentionMask">1 for real and 0 for padded positions over past and new, <c>[batch, past + sequence]</c>.</param>
    /// <param name="positionIds">Positions of the new ids, <c>[batch, sequence]</c>; ignored when the model derives them.</param>
    /// <param name="past">The cache so far (not consumed; the caller still disposes it).</param>
    /// <param name="cancellationToken">Terminates the run.</param>
    public DecoderStep Forward(long[] inputIds, int sequenceLength, long[] attentionMask, long[] positionIds, KvCache past, CancellationToken cancellationToken = default)
    {
        var inputs = HostInputs(inputIds, sequenceLength, attentionMask, positionIds, past);
        try
        {
            var outputNames = new List<string>(1 + (2 * Info.NumLayers)) { DecoderModelInfo.LogitsName };
            for (var layer = 0; layer < Info.NumLayers; layer++)
            {
                inputs.Add(Info.PastKeyNames[layer], past.Keys[layer], owned: false);
                inputs.Add(Info.PastValueNames[layer], past.Values[layer], owned: false);
                outputNames.Add(Info.PresentKeyNames[layer]);
                outputNames.Add(Info.PresentValueNames[layer]);
            }

            var outputs = Session.Run(inputs.Names, inputs.Values, outputNames, cancellationToken);
            try
            {
                var (logits, vocabulary) = LastPositionLogits(outputs[0], past.BatchSize);
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
            inputs.Dispose();
        }
    }
}
