namespace AliaBatch.Inference.Tests;

/// <summary>Finds the repository's sibling <c>shared/external</c> ground-truth folder by walking up from the test binaries.</summary>
internal static class SharedExternal
{
    public static string Path(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "external");
            if (Directory.Exists(candidate))
            {
                return System.IO.Path.Combine(candidate, relative);
            }
        }

        throw new DirectoryNotFoundException($"No 'shared/external' folder above {AppContext.BaseDirectory}.");
    }
}
