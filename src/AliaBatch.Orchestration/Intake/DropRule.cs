using AliaBatch.Core.Storage;

namespace AliaBatch.Orchestration.Intake;

/// <summary>
/// What a drop is, from the blob's path in the incoming container alone. A folder <c>{agency}/{drop}/</c> is completed
/// by its <c>_job.json</c> (upload it last); a file directly under <c>{agency}/</c> or the container root is a drop of its
/// own; files deeper in a folder wait for their <c>_job.json</c>; hidden and '_'-prefixed names are never documents.
/// </summary>
public static class DropRule
{
    /// <summary>The file that completes a folder drop and holds its tasks and options.</summary>
    public const string JobFileName = "_job.json";

    /// <summary>The file in <c>{agency}/</c> that holds the tasks and options of that agency's single-file drops.</summary>
    public const string DefaultsFileName = "_defaults.json";

    /// <summary>Classifies <paramref name="path"/> (relative to the incoming container).</summary>
    public static DropShape Classify(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string normalized;
        try
        {
            normalized = ObjectPath.Normalize(path);
        }
        catch (ArgumentException exception)
        {
            return NotADrop(path, exception.Message);
        }

        var segments = normalized.Split('/');
        var name = segments[^1];
        if (segments[..^1].Any(IsHidden))
        {
            return NotADrop(normalized, "it is inside a hidden or '_'-prefixed folder");
        }

        if (string.Equals(name, JobFileName, StringComparison.Ordinal))
        {
            return segments.Length == 3
                ? new DropShape(DropKind.Folder, normalized, segments[0], $"{segments[0]}/{segments[1]}", null, null)
                : NotADrop(normalized, $"a {JobFileName} completes a drop only at {{agency}}/{{drop}}/{JobFileName}");
        }

        if (IsHidden(name))
        {
            return NotADrop(normalized, "hidden and '_'-prefixed names are not documents");
        }

        return segments.Length switch
        {
            1 => new DropShape(DropKind.SingleFile, normalized, null, null, name, null),
            2 => new DropShape(DropKind.SingleFile, normalized, segments[0], segments[0], name, null),
            _ => NotADrop(normalized, $"it is part of the folder drop {segments[0]}/{segments[1]}/, which starts when its {JobFileName} arrives"),
        };
    }

    private static bool IsHidden(string segment) => segment.StartsWith('.') || segment.StartsWith('_');

    private static DropShape NotADrop(string path, string reason) => new(DropKind.NotADrop, path, null, null, null, reason);
}
