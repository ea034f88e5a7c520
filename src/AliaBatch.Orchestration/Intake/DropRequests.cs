using System.Text.Json;
using System.Text.Json.Nodes;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Serialization;

namespace AliaBatch.Orchestration.Intake;

/// <summary>
/// Turns a drop's <c>_job.json</c>, an agency's <c>_defaults.json</c> or the configured default tasks into a job request:
/// the file is a job request without a source (the drop supplies it; a <c>_job.json</c> may list
/// <c>source.documents</c>), validated against the job-request schema once the source is filled in.
/// </summary>
internal static class DropRequests
{
    /// <summary>A folder drop's <c>_job.json</c>: <c>schemaVersion?</c>, <c>jobId?</c>, <c>tasks</c>, <c>options?</c>, <c>source.documents?</c>.</summary>
    public static JobRequest FromJobFile(string json, JobSource source) => Fill(json, source, allowJobId: true, allowDocuments: true);

    /// <summary>An agency's <c>_defaults.json</c>: <c>schemaVersion?</c>, <c>tasks</c>, <c>options?</c> (no job id: each file is its own job).</summary>
    public static JobRequest FromDefaultsFile(string json, JobSource source) => Fill(json, source, allowJobId: false, allowDocuments: false);

    /// <summary>The configured tasks object (<see cref="IntakeOptions.DefaultTasks"/>).</summary>
    public static JobRequest FromDefaultTasks(string tasksJson, JobSource source)
    {
        ArgumentNullException.ThrowIfNull(tasksJson);
        JsonNode? tasks;
        try
        {
            tasks = JsonNode.Parse(tasksJson);
        }
        catch (JsonException exception)
        {
            throw new JobRequestValidationException("/tasks", $"not valid JSON ({exception.Message})");
        }

        return Fill(new JsonObject { ["tasks"] = tasks }.ToJsonString(), source, allowJobId: false, allowDocuments: false);
    }

    /// <summary>Validates the configured tasks object against the schema with a placeholder source.</summary>
    public static JobTasks DefaultTasks(string tasksJson) =>
        FromDefaultTasks(tasksJson, new JobSource { Kind = SourceKind.Blob, Container = "incoming", Documents = ["document.txt"] }).Tasks;

    private static JobRequest Fill(string json, JobSource source, bool allowJobId, bool allowDocuments)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        JsonElement filled;
        try
        {
            if (JsonNode.Parse(json) is not JsonObject request)
            {
                throw new JobRequestValidationException("/", "must be a JSON object");
            }

            if (!allowJobId && request.ContainsKey("jobId"))
            {
                throw new JobRequestValidationException("/jobId", "not allowed here: every single-file drop is a job of its own");
            }

            request["source"] = FillSource(request["source"], source, allowDocuments);
            if (!request.ContainsKey("schemaVersion"))
            {
                request["schemaVersion"] = JobRequestValidator.CurrentSchemaVersion;
            }

            filled = JsonSerializer.SerializeToElement(request);
        }
        catch (JsonException exception)
        {
            throw new JobRequestValidationException("/", $"not valid JSON ({exception.Message})");
        }
        catch (ArgumentException exception)
        {
            // JsonObject reports a duplicate property name this way.
            throw new JobRequestValidationException("/", $"not a valid JSON object ({exception.Message})");
        }

        return JobRequestValidator.Parse(filled);
    }

    private static JsonObject FillSource(JsonNode? given, JobSource source, bool allowDocuments)
    {
        var filled = JsonSerializer.SerializeToNode(source, AliaBatchJson.Compact)!.AsObject();
        if (given is null)
        {
            return filled;
        }

        if (given is not JsonObject givenSource)
        {
            throw new JobRequestValidationException("/source", "must be an object");
        }

        foreach (var (key, value) in givenSource)
        {
            if (!allowDocuments || !string.Equals(key, "documents", StringComparison.Ordinal))
            {
                throw new JobRequestValidationException($"/source/{key}", allowDocuments
                    ? "set by the drop: a _job.json may name only source.documents"
                    : "set by the drop: this file may not name a source");
            }

            filled["documents"] = value?.DeepClone();
        }

        return filled;
    }
}
