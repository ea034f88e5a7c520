namespace AliaBatch.Core.Jobs;

/// <summary>Classify each document into a label set.</summary>
public sealed record ClassifyTask
{
    /// <summary>The labels; for zero-shot classification each label is also its description unless <see cref="Descriptions"/> says otherwise.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>Optional label → description used for zero-shot classification.</summary>
    public IReadOnlyDictionary<string, string>? Descriptions { get; init; }

    /// <summary>Return every label over the threshold instead of the single best one.</summary>
    public bool MultiLabel { get; init; }

    /// <summary>Model pack id; the built-in zero-shot embedding classifier when absent.</summary>
    public string? Model { get; init; }
}
