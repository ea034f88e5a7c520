namespace AliaBatch.Testing;

/// <summary>Finds the repository root and the shared artifacts folder from a test's base directory.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(() => FindUp("AliaBatch.sln")
        ?? throw new InvalidOperationException($"AliaBatch.sln not found above {AppContext.BaseDirectory}."));

    /// <summary>The folder holding AliaBatch.sln.</summary>
    public static string Root => s_root.Value;

    /// <summary><c>../shared/external</c>, the reference artifacts made by other projects.</summary>
    public static string SharedExternal
    {
        get
        {
            var candidate = Path.GetFullPath(Path.Combine(Root, "..", "shared", "external"));
            return Directory.Exists(candidate)
                ? candidate
                : throw new InvalidOperationException($"Shared reference artifacts not found at {candidate}: the repository must sit beside shared/.");
        }
    }

    /// <summary>A path under the repository root.</summary>
    public static string InRepository(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string? FindUp(string marker)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, marker)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
