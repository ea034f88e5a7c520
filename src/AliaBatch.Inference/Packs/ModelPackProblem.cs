namespace AliaBatch.Inference.Packs;

/// <summary>One file of a pack that failed verification.</summary>
/// <param name="Path">The file, relative to the pack folder.</param>
/// <param name="Message">What is wrong, naming the file (and both hashes on a mismatch).</param>
public sealed record ModelPackProblem(string Path, string Message);
