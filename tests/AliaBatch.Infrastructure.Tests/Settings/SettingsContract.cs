using System.Text.Json;

namespace AliaBatch.Infrastructure.Tests.Settings;

/// <summary>bicep/app-settings.contract.json: the settings each app receives, and the names the templates share with the code.</summary>
public static class SettingsContract
{
    public static JsonElement Root { get; } = JsonDocument.Parse(
        File.ReadAllText(Path.Combine(CompiledTemplates.BicepDirectory, "app-settings.contract.json"))).RootElement.Clone();

    public static IEnumerable<JsonProperty> Settings => Root.GetProperty("settings").EnumerateObject();

    /// <summary>The keys the contract gives an app.</summary>
    public static IReadOnlySet<string> KeysFor(string app) =>
        Settings
            .Where(setting => setting.Value.GetProperty("apps").EnumerateArray().Any(name => name.GetString() == app))
            .Select(setting => setting.Name)
            .ToHashSet(StringComparer.Ordinal);
}
