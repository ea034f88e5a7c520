using Json.Schema;

namespace AliaBatch.Core.Jobs;

/// <summary>Picks the failure that best names the offending field from a list-format schema evaluation.</summary>
internal static class SchemaFailures
{
    public static (string Field, string Message) MostSpecific(EvaluationResults results)
    {
        // 'if' subschemas fail by design when their condition does not hold, and a 'not' subschema fails whenever the
        // value is fine: neither is an error of the request.
        var failures = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 } && Counts(d))
            .SelectMany(d => d.Errors!.Select(e => (Field: Pointer(d), Keyword: e.Key, Message: e.Value)))
            .ToList();
        if (failures.Count == 0)
        {
            // Keywords such as 'not' fail without a message of their own: name the deepest invalid location instead.
            var deepest = (results.Details ?? [])
                .Where(d => !d.IsValid && Counts(d))
                .Select(d => (Field: Pointer(d), Keyword: d.EvaluationPath.ToString().Split('/')[^1]))
                .OrderByDescending(f => f.Field.Count(c => c == '/'))
                .FirstOrDefault();
            return deepest.Field is null or "/"
                ? ("/", "the request does not match the job-request schema")
                : (deepest.Field, $"the value is not allowed here ({deepest.Keyword})");
        }

        // The deepest location is the most specific; at equal depth prefer keywords whose message names the problem.
        var best = failures
            .OrderByDescending(f => f.Field.Count(c => c == '/'))
            .ThenBy(f => f.Keyword is "required" or "const" or "enum" or "pattern" or "minItems" or "minimum" or "minProperties" ? 0 : 1)
            .First();
        return (best.Field, $"{best.Message} ({best.Keyword})");
    }

    private static bool Counts(EvaluationResults result)
    {
        var path = result.EvaluationPath.ToString();
        return !path.Contains("/if", StringComparison.Ordinal)
            && !path.Contains("/not/", StringComparison.Ordinal)
            && !path.EndsWith("/not", StringComparison.Ordinal);
    }

    private static string Pointer(EvaluationResults result)
    {
        var text = result.InstanceLocation.ToString();
        return string.IsNullOrEmpty(text) || text == "#" ? "/" : text.TrimStart('#');
    }
}
