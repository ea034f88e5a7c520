using Json.Schema;

namespace AliaBatch.Core.Jobs;

/// <summary>Picks the failure that best names the offending field from a list-format schema evaluation.</summary>
internal static class SchemaFailures
{
    public static (string Field, string Message) MostSpecific(EvaluationResults results)
    {
        var failures = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => (Field: Pointer(d), Keyword: e.Key, Message: e.Value)))
            .ToList();
        if (failures.Count == 0)
        {
            return ("/", "the request does not match the job-request schema");
        }

        // The deepest location is the most specific; 'required' and 'additionalProperties' errors name the
        // property in the message, so prefer them at equal depth.
        var best = failures
            .OrderByDescending(f => f.Field.Count(c => c == '/'))
            .ThenBy(f => f.Keyword is "required" or "additionalProperties" or "const" or "enum" or "pattern" ? 0 : 1)
            .First();
        var field = best.Field;
        if (best.Keyword == "additionalProperties")
        {
            var extra = results.Details!.Where(d => d.Errors is { Count: > 0 } && d.Errors!.ContainsKey("additionalProperties"))
                .Select(Pointer).FirstOrDefault(p => p != field) ?? field;
            field = extra;
        }

        return (field, $"{best.Message} ({best.Keyword})");
    }

    private static string Pointer(EvaluationResults result)
    {
        var text = result.InstanceLocation.ToString();
        return string.IsNullOrEmpty(text) || text == "#" ? "/" : text.TrimStart('#');
    }
}
