namespace AliaBatch.Inference.Packs;

/// <summary>The result of checking a pack's files against its manifest.</summary>
/// <param name="Folder">The pack folder.</param>
/// <param name="FilesChecked">How many files were hashed.</param>
/// <param name="Problems">Every missing, altered or unloadable file; empty when the pack is intact.</param>
public sealed record ModelPackVerification(string Folder, int FilesChecked, IReadOnlyList<ModelPackProblem> Problems)
{
    /// <summary>True when no file failed.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>Throws a <see cref="ModelPackException"/> naming every failed file, when there is one.</summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new ModelPackException(string.Join(Environment.NewLine, Problems.Select(p => p.Message)), Problems[0].Path);
        }
    }
}
