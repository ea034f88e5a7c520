using System.Text.Json;
using AliaBatch.Core.Serialization;
using AliaBatch.Core.Storage;

namespace AliaBatch.Evaluation.Reports;

/// <summary>
/// Renders an <see cref="EvaluationRun"/> as <c>report.json</c> (the data), <c>report.md</c> (tables) and a
/// self-contained <c>report.html</c> (inline CSS and SVG charts, no scripts, no external resources), and writes
/// them to <c>{runId}/</c> of a store.
/// </summary>
public static partial class EvaluationReportWriter
{
    /// <summary>The JSON report's file name.</summary>
    public const string JsonFileName = "report.json";

    /// <summary>The Markdown report's file name.</summary>
    public const string MarkdownFileName = "report.md";

    /// <summary>The HTML report's file name.</summary>
    public const string HtmlFileName = "report.html";

    /// <summary>The run as indented camelCase JSON (AliaBatch's JSON dialect).</summary>
    /// <param name="run">The run.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(EvaluationRun run) => JsonSerializer.Serialize(run, AliaBatchJson.Indented);

    /// <summary>Writes the three reports to <c>{runId}/</c> of <paramref name="store"/> (the caller chooses the container or prefix, e.g. <c>eval-results</c>).</summary>
    /// <param name="store">The results store.</param>
    /// <param name="run">The run.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>The paths written, relative to the store.</returns>
    public static async Task<IReadOnlyList<string>> WriteAsync(IObjectStore store, EvaluationRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(run);
        var files = new (string Name, string Text, string ContentType)[]
        {
            (JsonFileName, ToJson(run), "application/json"),
            (MarkdownFileName, ToMarkdown(run), "text/markdown; charset=utf-8"),
            (HtmlFileName, ToHtml(run), "text/html; charset=utf-8"),
        };
        var paths = new List<string>();
        foreach (var (name, text, contentType) in files)
        {
            var path = $"{run.RunId}/{name}";
            await store.WriteTextAsync(path, text, new ObjectWriteOptions { ContentType = contentType }, cancellationToken);
            paths.Add(path);
        }

        return paths;
    }
}
