namespace AliaBatch.Core.Storage;

/// <summary>Rules for object paths: relative, '/'-separated, no empty or '.'/'..' segments.</summary>
public static class ObjectPath
{
    /// <summary>Normalises backslashes to '/' and validates; throws <see cref="ArgumentException"/> naming the path.</summary>
    public static string Normalize(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var normalized = path.Replace('\\', '/');
        if (normalized.StartsWith('/') || normalized.EndsWith('/'))
        {
            throw new ArgumentException($"Object path '{path}' must be relative and name an object, not a folder.", nameof(path));
        }

        foreach (var segment in normalized.Split('/'))
        {
            if (segment.Length == 0 || segment is "." or "..")
            {
                throw new ArgumentException($"Object path '{path}' has an empty, '.' or '..' segment.", nameof(path));
            }
        }

        return normalized;
    }

    /// <summary>Normalises a listing prefix: may be empty, may end with '/'.</summary>
    public static string NormalizePrefix(string? prefix)
    {
        if (string.IsNullOrEmpty(prefix))
        {
            return string.Empty;
        }

        var normalized = prefix.Replace('\\', '/').TrimStart('/');
        return normalized.Split('/').Any(s => s is "." or "..")
            ? throw new ArgumentException($"Prefix '{prefix}' has a '.' or '..' segment.", nameof(prefix))
            : normalized;
    }

    /// <summary>Joins segments with '/'.</summary>
    public static string Combine(params ReadOnlySpan<string> segments)
    {
        var parts = new List<string>(segments.Length);
        foreach (var segment in segments)
        {
            var trimmed = segment.Trim('/');
            if (trimmed.Length > 0)
            {
                parts.Add(trimmed);
            }
        }

        return string.Join('/', parts);
    }
}
