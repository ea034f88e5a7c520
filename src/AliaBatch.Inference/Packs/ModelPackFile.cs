namespace AliaBatch.Inference.Packs;

/// <summary>One file of a pack, as listed in <c>model.json</c>.</summary>
/// <param name="Path">'/'-separated path relative to the pack folder.</param>
/// <param name="Sha256">Lower-case hexadecimal SHA-256 of the content.</param>
/// <param name="Size">Size in bytes.</param>
public sealed record ModelPackFile(string Path, string Sha256, long Size);
