using System.Text.Json;
using Json.Schema;

namespace AliaBatch.Inference.Packs;

/// <summary>The embedded <c>model-pack.v1.json</c> schema and the failure that best names the offending field.</summary>
internal static class ManifestSchema
{
    private const string Resource = "AliaBatch.Schemas.model-pack.v1.json";

    private static readonly Lazy<JsonSchema> s_schema = new(() => JsonSchema.FromText(Text));

    public static string Text
    {
        get
        {
            using var stream = typeof(ManifestSchema).Assembly.GetManifestResourceStream(Resource)
                ?? throw new InvalidOperationException($"Embedded schema '{Resource}' is missing from {typeof(ManifestSchema).Assembly.GetName().Name}.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Returns null when the element is valid, else the JSON pointer of the offending field and the reason.</summary>
    public static (string Field, string Message)? FirstFailure(JsonElement element)
    {
        var results = s_schema.Value.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return null;
        }

        // 'if' and 'not' subschemas fail by design on a valid manifest; only their parent's verdict is an error.
        var failures = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 } && !InsideConditional(d.EvaluationPath.ToString()))
            .SelectMany(d => d.Errors!.Select(e => (Field: Pointer(d), Keyword: e.Key, e.Value)))
            .ToList();
        if (failures.Count == 0)
        {
            // A failed 'not' records no error message, only invalid nodes: name the deepest one.
            var deepest = (results.Details ?? [])
                .Where(d => !d.IsValid && !InsideConditional(d.EvaluationPath.ToString()))
                .Select(Pointer)
                .MaxBy(p => p.Count(c => c == '/') + (p == "/" ? 0 : 1)) ?? "/";
            return (deepest, "the value is not allowed (relative paths must not start with '/' or contain '.', '..' segments or backslashes)");
        }

        var best = failures
            .OrderByDescending(f => f.Field.Count(c => c == '/'))
            .ThenBy(f => f.Keyword is "required" or "const" or "enum" or "pattern" or "not" or "minItems" or "minimum" ? 0 : 1)
            .First();
        return (best.Field, $"{best.Value} ({best.Keyword})");
    }

    private static bool InsideConditional(string evaluationPath) =>
        evaluationPath.Split('/').Any(segment => segment is "if" or "not");

    private static string Pointer(EvaluationResults result)
    {
        var text = result.InstanceLocation.ToString();
        return string.IsNullOrEmpty(text) || text == "#" ? "/" : text.TrimStart('#');
    }
}
