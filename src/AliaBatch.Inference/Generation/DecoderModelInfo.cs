using System.Globalization;
using AliaBatch.Inference.Sessions;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace AliaBatch.Inference.Generation;

/// <summary>
/// What a Llama-architecture decoder export expects, read from its session metadata: the Optimum
/// <c>text-generation-with-past</c> layout, legacy merged decoders with <c>use_cache_branch</c>, and
/// onnxruntime-genai builder outputs (with or without <c>position_ids</c>).
/// </summary>
public sealed record DecoderModelInfo
{
    /// <summary>The input holding token ids.</summary>
    public const string InputIdsName = "input_ids";

    /// <summary>The padding mask over past and current positions.</summary>
    public const string AttentionMaskName = "attention_mask";

    /// <summary>The optional positions input.</summary>
    public const string PositionIdsName = "position_ids";

    /// <summary>The boolean input of legacy merged decoders that selects the branch with a cache.</summary>
    public const string UseCacheBranchName = "use_cache_branch";

    /// <summary>The logits output, <c>[batch, sequence, vocabulary]</c>.</summary>
    public const string LogitsName = "logits";

    /// <summary>Number of decoder layers (pairs of past key/value inputs).</summary>
    public required int NumLayers { get; init; }

    /// <summary>Key/value heads per layer.</summary>
    public required int NumKeyValueHeads { get; init; }

    /// <summary>Width of one head.</summary>
    public required int HeadDim { get; init; }

    /// <summary>Element type of the past and present tensors (float or float16).</summary>
    public required TensorElementType KvElementType { get; init; }

    /// <summary>Element type of the logits (float or float16).</summary>
    public required TensorElementType LogitsElementType { get; init; }

    /// <summary>Whether the caller supplies <c>position_ids</c>; without it the graph derives them from the mask.</summary>
    public required bool HasPositionIds { get; init; }

    /// <summary>Whether the model is a legacy merged decoder with a <c>use_cache_branch</c> input.</summary>
    public required bool HasUseCacheBranch { get; init; }

    /// <summary>Past key input names, by layer.</summary>
    public required IReadOnlyList<string> PastKeyNames { get; init; }

    /// <summary>Past value input names, by layer.</summary>
    public required IReadOnlyList<string> PastValueNames { get; init; }

    /// <summary>Present key output names, by layer.</summary>
    public required IReadOnlyList<string> PresentKeyNames { get; init; }

    /// <summary>Present value output names, by layer.</summary>
    public required IReadOnlyList<string> PresentValueNames { get; init; }

    /// <summary>Bytes per element of the key/value cache.</summary>
    public int KvElementSize => KvElementType == TensorElementType.Float16 ? 2 : 4;

    /// <summary>Reads the decoder layout from a session's inputs and outputs.</summary>
    /// <exception cref="InvalidDataException">The model is not a decoder with past key/values; the message says what is missing.</exception>
    public static DecoderModelInfo FromSession(OnnxModelSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        foreach (var required in new[] { InputIdsName, AttentionMaskName })
        {
            if (!session.HasInput(required))
            {
                throw Invalid(session, $"has no '{required}' input");
            }
        }

        if (!session.OutputMetadata.ContainsKey(LogitsName))
        {
            throw Invalid(session, $"has no '{LogitsName}' output");
        }

        var layers = 0;
        while (session.HasInput(PastName(layers, "key")))
        {
            layers++;
        }

        if (layers == 0)
        {
            throw Invalid(session, "has no 'past_key_values.0.key' input (export it with past key/values, e.g. Optimum task text-generation-with-past)");
        }

        var pastKeys = Names(layers, i => PastName(i, "key"));
        var pastValues = Names(layers, i => PastName(i, "value"));
        var presentKeys = Names(layers, i => PresentName(i, "key"));
        var presentValues = Names(layers, i => PresentName(i, "value"));
        foreach (var name in pastValues.Where(n => !session.HasInput(n)).Concat(presentKeys.Concat(presentValues).Where(n => !session.OutputMetadata.ContainsKey(n))))
        {
            throw Invalid(session, $"lacks '{name}'");
        }

        var past = session.InputMetadata[pastKeys[0]];
        if (past.Dimensions.Length != 4 || past.Dimensions[1] <= 0 || past.Dimensions[3] <= 0)
        {
            throw Invalid(session, $"declares '{pastKeys[0]}' with shape [{string.Join(", ", past.Dimensions)}]; expected [batch, kv_heads, past, head_dim] with fixed heads and head_dim");
        }

        return new DecoderModelInfo
        {
            NumLayers = layers,
            NumKeyValueHeads = past.Dimensions[1],
            HeadDim = past.Dimensions[3],
            KvElementType = FloatingType(session, pastKeys[0], past.ElementDataType),
            LogitsElementType = FloatingType(session, LogitsName, session.OutputMetadata[LogitsName].ElementDataType),
            HasPositionIds = session.HasInput(PositionIdsName),
            HasUseCacheBranch = session.HasInput(UseCacheBranchName),
            PastKeyNames = pastKeys,
            PastValueNames = pastValues,
            PresentKeyNames = presentKeys,
            PresentValueNames = presentValues,
        };
    }

    private static string PastName(int layer, string kind) => string.Create(CultureInfo.InvariantCulture, $"past_key_values.{layer}.{kind}");

    private static string PresentName(int layer, string kind) => string.Create(CultureInfo.InvariantCulture, $"present.{layer}.{kind}");

    private static string[] Names(int count, Func<int, string> name) => [.. Enumerable.Range(0, count).Select(name)];

    private static TensorElementType FloatingType(OnnxModelSession session, string name, TensorElementType type) =>
        type is TensorElementType.Float or TensorElementType.Float16
            ? type
            : throw Invalid(session, $"declares '{name}' as {type}; expected float or float16");

    private static InvalidDataException Invalid(OnnxModelSession session, string problem) =>
        new($"Decoder model '{session.ModelPath}' {problem}.");
}
