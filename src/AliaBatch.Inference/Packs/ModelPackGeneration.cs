namespace AliaBatch.Inference.Packs;

/// <summary>Decoding defaults for a decoder pack, from the export's <c>generation_config.json</c> (a job may override them).</summary>
public sealed record ModelPackGeneration
{
    /// <summary>Most tokens generated after the prompt.</summary>
    public int? MaxNewTokens { get; init; }

    /// <summary>Beam width (1: greedy or sampling).</summary>
    public int? NumBeams { get; init; }

    /// <summary>Token ids that end a sequence (Salamandra instruct: 2 and 5).</summary>
    public IReadOnlyList<int>? EosTokenIds { get; init; }

    /// <summary>Beginning-of-sequence id.</summary>
    public int? BosTokenId { get; init; }

    /// <summary>Padding id.</summary>
    public int? PadTokenId { get; init; }

    /// <summary>Repetition penalty (1: none).</summary>
    public double? RepetitionPenalty { get; init; }

    /// <summary>Sampling temperature.</summary>
    public double? Temperature { get; init; }

    /// <summary>Whether the model's authors sample by default (batch jobs decode deterministically regardless).</summary>
    public bool? DoSample { get; init; }
}
