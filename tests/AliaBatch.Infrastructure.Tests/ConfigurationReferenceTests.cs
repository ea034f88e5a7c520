using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using AliaBatch.Infrastructure.Tests.Settings;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Infrastructure.Tests;

/// <summary>
/// docs/configuration.md against the code: every setting an app binds has a row, every row names a setting an app
/// binds, and each row's default is the one the options class has, so a changed default cannot leave the reference stale.
/// </summary>
public sealed class ConfigurationReferenceTests
{
    // Defaults that depend on the machine are documented by what they are, not by one machine's value.
    private static readonly Dictionary<string, string> s_machineDefaults = new(StringComparer.Ordinal)
    {
        ["AliaBatch:Pipeline:MaxParallelDocuments"] = "the processor count",
    };

    private static readonly Lazy<IReadOnlyDictionary<string, string>> s_rows = new(ReadRows);

    public static TheoryData<string> Apps => [.. AppComposition.Apps];

    [Theory]
    [MemberData(nameof(Apps))]
    public void ScalarSetting_OfEveryOptionsClassTheAppBinds_HasARowWithItsDefault(string app)
    {
        var problems = new List<string>();
        foreach (var options in AppComposition.OptionsOf(app))
        {
            foreach (var property in options.ScalarProperties)
            {
                var key = $"{options.Section}:{property.Name}";
                if (!s_rows.Value.TryGetValue(key, out var documented))
                {
                    problems.Add($"{key}: no row");
                }
                else if (documented != DocumentedDefault(key, options, property))
                {
                    problems.Add($"{key}: the row says {documented}, the code's default is {DocumentedDefault(key, options, property)}");
                }
            }
        }

        Assert.True(problems.Count == 0, "docs/configuration.md is out of date:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Row_EverySettingInTheReference_IsBoundByAnApp()
    {
        var bound = AppComposition.Apps.SelectMany(AppComposition.OptionsOf).ToList();

        var stale = s_rows.Value.Keys
            .Where(key => !bound.Any(options => ConfigurationKey.Below(ConfigurationKey.SettingOf(key), options.Section) is { } path && BindsSettingOrEntries(options, path)))
            .ToList();

        Assert.True(stale.Count == 0, "Rows for settings no app binds: " + string.Join(", ", stale));
    }

    // A list or map row stands for its entries (ModelPacks:0, TranslationDirections:es-ca).
    private static bool BindsSettingOrEntries(OptionsClass options, IReadOnlyList<string> path) =>
        options.Binds(path) || options.Binds([.. path, "0"]) || options.Binds([.. path, "entry"]);

    private static string DocumentedDefault(string key, OptionsClass options, PropertyInfo property)
    {
        var required = property.GetCustomAttribute<RequiredAttribute>() is null ? "" : " (required)";
        if (s_machineDefaults.TryGetValue(key, out var machine))
        {
            return machine + required;
        }

        var text = options.DefaultOf(property) switch
        {
            null => "none",
            string { Length: 0 } => "empty",
            IEnumerable items and not string when !items.GetEnumerator().MoveNext() => "empty",
            var value => $"`{Convert.ToString(value, CultureInfo.InvariantCulture)}`",
        };
        return text + required;
    }

    // Rows of the per-section tables: | `AliaBatch:Section:Name` | type | default | in Azure |
    private static IReadOnlyDictionary<string, string> ReadRows()
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(RepositoryPaths.InRepository("docs", "configuration.md")))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length == 6 && cells[1].StartsWith("`AliaBatch:", StringComparison.Ordinal))
            {
                rows[cells[1].Trim('`')] = cells[3];
            }
        }

        return rows;
    }
}
