using System.Text.Json;
using AliaBatch.Core.Serialization;
using Json.Schema;

namespace AliaBatch.Core.Jobs;

/// <summary>
/// Validates job requests against the versioned JSON schema (embedded <c>job-request.v1.json</c>)
/// and turns them into <see cref="JobRequest"/> values. Every entry point (CLI, queue, HTTP, blob drop) goes through here.
/// </summary>
public static class JobRequestValidator
{
    /// <summary>The schema version this build reads and writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    private const string SchemaResource = "AliaBatch.Schemas.job-request.v1.json";

    private static readonly Lazy<JsonSchema> s_schema = new(LoadSchema);

    /// <summary>The schema text, for publishing (docs, OpenAPI).</summary>
    public static string SchemaText
    {
        get
        {
            using var stream = OpenSchema();
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Parses and validates request JSON; throws <see cref="JobRequestValidationException"/> naming the first offending field.</summary>
    public static JobRequest Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new JobRequestValidationException("/", $"not valid JSON ({exception.Message})");
        }

        using (document)
        {
            return Parse(document.RootElement);
        }
    }

    /// <summary>Validates a parsed request element and deserialises it.</summary>
    public static JobRequest Parse(JsonElement element)
    {
        ThrowIfInvalid(element);
        return element.Deserialize<JobRequest>(AliaBatchJson.Compact)
            ?? throw new JobRequestValidationException("/", "the request is null");
    }

    /// <summary>Validates a request built in code (e.g. from CLI options) by round-tripping it through the schema.</summary>
    public static JobRequest Validate(JobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var element = JsonSerializer.SerializeToElement(request, AliaBatchJson.Compact);
        ThrowIfInvalid(element);
        return request;
    }

    private static void ThrowIfInvalid(JsonElement element)
    {
        var results = s_schema.Value.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return;
        }

        var failure = SchemaFailures.MostSpecific(results);
        throw new JobRequestValidationException(failure.Field, failure.Message);
    }

    private static JsonSchema LoadSchema() => JsonSchema.FromText(SchemaText);

    private static Stream OpenSchema() =>
        typeof(JobRequestValidator).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"Embedded schema '{SchemaResource}' is missing from {typeof(JobRequestValidator).Assembly.GetName().Name}.");
}
