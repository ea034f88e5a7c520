namespace AliaBatch.Orchestration.Intake;

/// <summary>How <see cref="DropRule"/> reads a blob path.</summary>
/// <param name="Kind">Folder drop, single-file drop, or not a drop.</param>
/// <param name="Path">The normalised path in the incoming container.</param>
/// <param name="Agency">The first folder (<c>{agency}</c>), or null for a file at the container root.</param>
/// <param name="Folder">The job source's prefix: <c>{agency}/{drop}</c> for a folder drop, <c>{agency}</c> or null for a single file.</param>
/// <param name="Document">The single file's name, relative to <paramref name="Folder"/>.</param>
/// <param name="Reason">Why the blob is not a drop.</param>
public sealed record DropShape(DropKind Kind, string Path, string? Agency, string? Folder, string? Document, string? Reason)
{
    /// <summary>The drop's own id: its folder for a folder drop, its path for a single file, the path otherwise.</summary>
    public string DropId => Kind == DropKind.Folder ? Folder! : Path;
}
