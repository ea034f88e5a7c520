namespace AliaBatch.Infrastructure.Tests.Settings;

/// <summary>An app setting name (<c>AliaBatch__Models__Container</c>) as the configuration path the code reads.</summary>
public static class ConfigurationKey
{
    public static string PathOf(string settingName)
    {
        ArgumentNullException.ThrowIfNull(settingName);
        return settingName.Replace("__", ":", StringComparison.Ordinal);
    }

    public static string SettingOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Replace(":", "__", StringComparison.Ordinal);
    }

    /// <summary>The segments below an options section, or null when the key is not inside it.</summary>
    public static IReadOnlyList<string>? Below(string settingName, string section)
    {
        var path = PathOf(settingName);
        return path.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase)
            ? path[(section.Length + 1)..].Split(':')
            : null;
    }
}
