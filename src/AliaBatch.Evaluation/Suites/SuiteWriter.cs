using System.Text;
using System.Text.Json;

namespace AliaBatch.Evaluation.Suites;

/// <summary>Writes suites in the format <see cref="SuiteLoader"/> reads; the output is byte-for-byte deterministic.</summary>
public static class SuiteWriter
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The text of <c>suite.json</c>: indented JSON ending with a newline.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <returns>The JSON text.</returns>
    public static string ToManifestJson(SuiteManifest manifest) =>
        JsonSerializer.Serialize(manifest, SuiteJson.Manifest) + "\n";

    /// <summary>The text of <c>items.jsonl</c>: one compact JSON object per line, each ending with a newline.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The JSON Lines text.</returns>
    public static string ToItemsJsonl(IEnumerable<SuiteItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var builder = new StringBuilder();
        foreach (var item in items)
        {
            builder.Append(JsonSerializer.Serialize(item, SuiteJson.Item)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Writes <c>suite.json</c> and <c>items.jsonl</c> into <paramref name="parentDirectory"/>/<c>{id}</c>.</summary>
    /// <param name="suite">The suite.</param>
    /// <param name="parentDirectory">The folder of suites, e.g. <c>eval-suites</c>.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>The suite's folder.</returns>
    public static async Task<string> WriteAsync(Suite suite, string parentDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentException.ThrowIfNullOrWhiteSpace(parentDirectory);
        var directory = Path.Combine(parentDirectory, suite.Id);
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, Suite.ManifestFileName), ToManifestJson(suite.Manifest), s_utf8, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, Suite.ItemsFileName), ToItemsJsonl(suite.Items), s_utf8, cancellationToken);
        return directory;
    }
}
