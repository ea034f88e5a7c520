using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using AliaBatch.Core.Storage;

namespace AliaBatch.Orchestration.Intake;

/// <summary>
/// One entry of <see cref="IntakeOptions.AllowedSources"/>: a blob container and a folder in it (empty for the whole
/// container) that queued jobs may read.
/// </summary>
/// <param name="Container">The container.</param>
/// <param name="Prefix">The folder, without leading or trailing '/'; empty for the whole container.</param>
public sealed partial record SourceGrant(string Container, string Prefix)
{
    /// <summary>Parses <c>{container}/</c> or <c>{container}/{prefix}</c>; false when the entry is malformed.</summary>
    public static bool TryParse(string? entry, [NotNullWhen(true)] out SourceGrant? grant)
    {
        grant = null;
        if (string.IsNullOrWhiteSpace(entry))
        {
            return false;
        }

        var slash = entry.IndexOf('/', StringComparison.Ordinal);
        var container = slash < 0 ? entry : entry[..slash];
        var prefix = slash < 0 ? string.Empty : entry[(slash + 1)..].Trim('/');
        if (!ContainerName().IsMatch(container) || prefix.Split('/').Any(s => s is "." or ".." || (s.Length == 0 && prefix.Length > 0)))
        {
            return false;
        }

        grant = new SourceGrant(container, prefix);
        return true;
    }

    /// <summary>True when <paramref name="prefix"/> of <paramref name="container"/> is this folder or a folder below it.</summary>
    public bool Covers(string container, string? prefix)
    {
        if (!string.Equals(container, Container, StringComparison.Ordinal))
        {
            return false;
        }

        if (Prefix.Length == 0)
        {
            return true;
        }

        var requested = ObjectPath.NormalizePrefix(prefix).TrimEnd('/');
        return string.Equals(requested, Prefix, StringComparison.Ordinal)
            || requested.StartsWith(Prefix + "/", StringComparison.Ordinal);
    }

    [GeneratedRegex("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerName();
}
