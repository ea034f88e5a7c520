namespace AliaBatch.Inference.Classification;

/// <summary>A label for zero-shot classification and the description its texts are compared with.</summary>
/// <param name="Name">The label returned in results.</param>
/// <param name="Description">A sentence describing texts with this label, e.g. "This text is about taxes.".</param>
public sealed record ZeroShotLabel(string Name, string Description);
