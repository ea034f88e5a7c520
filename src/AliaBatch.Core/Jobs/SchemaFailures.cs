using Json.Schema;

namespace AliaBatch.Core.Jobs;

/// <summary>Picks the failure that best names the offending field from a list-format schema evaluation.</summary>
internal static class SchemaFailures
{
    public static (string Field, string Message) MostSpecific(EvaluationResults results)
    {
        // 'if' subschemas fail by design when their condition does not hold; they are not errors of the request.
        var failures = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 } && !d.EvaluationPath.ToString().Contains("/if", StringComparison.Ordinal))
            .SelectMany(d => d.Errors!.Select(e => (Field: Pointer(d), Keyword: e.Key, Message: e.Value)))
            .ToList();
        if (failures.Count == 0)
        {
            return ("/", "the request does not match the job-request schema");
        }

        // The deepest location is the most specific; at equal depth prefer keywords whose message names the problem.
        var best = failures
            .OrderByDescending(f => f.Field.Count(c => c == '/'))
            .ThenBy(f => f.Keyword is "required" or "const" or "enum" or "pattern" or "minItems" or "minimum" or "minProperties" ? 0 : 1)
            .First();
        return (best.Field, $"{best.Message} ({best.Keyword})");
    }

    private static string Pointer(EvaluationResults result)
    {
        var text = result.InstanceLocation.ToString();
        return string.IsNullOrEmpty(text) || text == "#" ? "/" : text.TrimStart('#');
    }
}
