using System.Text.Json;
using System.Text.Json.Serialization;
using AliaBatch.Core.Serialization;

namespace AliaBatch.Transport;

/// <summary>
/// The work item of the inference tier: which batch of which job run to process, and where its plan and results live.
/// It carries storage references only, never document text, so every transport's size limit is far away.
/// </summary>
/// <param name="JobId">The job (its results folder).</param>
/// <param name="RunId">The run of the job; batch ids repeat across runs, so the run is part of the identity.</param>
/// <param name="BatchId">The batch within the run, e.g. <c>b000042</c>.</param>
/// <param name="Attempt">1 for the first dispatch; the orchestration increments it when it re-dispatches a batch whose deadline passed.</param>
/// <param name="Deadline">When the orchestration stops waiting for this attempt and re-dispatches.</param>
/// <param name="PlanPath">Object path of the batch plan (the documents it covers) in the results store.</param>
/// <param name="ResultsLocation">Where results go (a results container or folder reference, as the orchestration names stores).</param>
public sealed record InferenceBatchMessage(
    string JobId,
    string RunId,
    string BatchId,
    int Attempt,
    DateTimeOffset Deadline,
    string PlanPath,
    string ResultsLocation)
{
    /// <summary>
    /// <c>{jobId}:{runId}:{batchId}:{attempt}</c>: the same dispatch sent twice has the same id (Service Bus duplicate
    /// detection drops the second), while a deliberate re-dispatch (next attempt) is a new message.
    /// </summary>
    [JsonIgnore]
    public string MessageId => $"{JobId}:{RunId}:{BatchId}:{Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The message body: compact AliaBatch JSON.</summary>
    public string ToJson()
    {
        Validate();
        return JsonSerializer.Serialize(this, AliaBatchJson.Compact);
    }

    /// <summary>Reads a message body; throws <see cref="FormatException"/> saying what is wrong when it is not a valid message.</summary>
    public static InferenceBatchMessage Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        InferenceBatchMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<InferenceBatchMessage>(json, AliaBatchJson.Compact);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The batch message is not valid JSON: {exception.Message}", exception);
        }

        if (message is null)
        {
            throw new FormatException("The batch message is JSON null.");
        }

        message.Validate();
        return message;
    }

    /// <summary>Throws <see cref="FormatException"/> naming the first missing or invalid field.</summary>
    public void Validate()
    {
        RequireText(JobId, "jobId");
        RequireText(RunId, "runId");
        RequireText(BatchId, "batchId");
        RequireText(PlanPath, "planPath");
        RequireText(ResultsLocation, "resultsLocation");
        if (Attempt < 1)
        {
            throw new FormatException($"The batch message field 'attempt' must be 1 or more, not {Attempt}.");
        }

        if (Deadline == default)
        {
            throw new FormatException("The batch message field 'deadline' is missing.");
        }
    }

    private static void RequireText(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new FormatException($"The batch message field '{field}' is missing or empty.");
        }
    }
}
