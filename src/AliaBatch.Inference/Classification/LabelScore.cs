namespace AliaBatch.Inference.Classification;

/// <summary>One label's probability.</summary>
/// <param name="Label">The label.</param>
/// <param name="Score">Softmax probability (single-label) or sigmoid probability (multi-label), in [0, 1].</param>
public sealed record LabelScore(string Label, float Score);
