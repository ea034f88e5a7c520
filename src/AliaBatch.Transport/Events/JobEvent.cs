using System.Text.Json;
using AliaBatch.Core.Results;
using AliaBatch.Core.Serialization;

namespace AliaBatch.Transport.Events;

/// <summary>
/// Something a job or an evaluation run did that other systems may act on (docs/events.md). The body of every event
/// message is this record as compact AliaBatch JSON (camelCase, nulls omitted). It carries references only: where the
/// results are, never their content.
/// </summary>
public sealed record JobEvent
{
    /// <summary>Deterministic id, <c>{type}:{jobId}:{runId}</c>: a retried publish sends the same id, so consumers and Service Bus duplicate detection drop the repeat.</summary>
    public required string Id { get; init; }

    /// <summary>One of <see cref="JobEventTypes"/>.</summary>
    public required string Type { get; init; }

    /// <summary>What the event is about: <c>jobs/{jobId}/runs/{runId}</c> or <c>evaluations/{runId}</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>The job id; for an evaluation, its orchestration instance id (<c>eval:{slot}</c>).</summary>
    public required string JobId { get; init; }

    /// <summary>The run of the job, or the evaluation run id.</summary>
    public required string RunId { get; init; }

    /// <summary>The final state: a camelCase <see cref="JobStatus"/> for jobs; <c>completed</c> or <c>regressed</c> for evaluations.</summary>
    public required string Status { get; init; }

    /// <summary>Final document counts of a job; for an evaluation, suites evaluated (succeeded) and suites that could not be run (failed).</summary>
    public JobCounts? Counts { get; init; }

    /// <summary>Where the results are: the manifest and index of a job, the reports of an evaluation.</summary>
    public IReadOnlyList<string> ResultLocations { get; init; } = [];

    /// <summary>When it happened (UTC; the orchestration's clock, so a replay produces the same event).</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>The metrics that regressed (<see cref="JobEventTypes.EvaluationRegressed"/> only).</summary>
    public IReadOnlyList<RegressedMetric> Regressions { get; init; } = [];

    /// <summary>The event of a finished job run.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="runId">The run.</param>
    /// <param name="status">The run's final status: Succeeded, CompletedWithErrors, Failed or Cancelled.</param>
    /// <param name="counts">Final counts.</param>
    /// <param name="resultLocations">Where the manifest, index and results are.</param>
    /// <param name="time">When the run finished.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not final.</exception>
    public static JobEvent ForJob(string jobId, string runId, JobStatus status, JobCounts counts, IReadOnlyList<string> resultLocations, DateTimeOffset time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(resultLocations);
        var type = status switch
        {
            JobStatus.Succeeded => JobEventTypes.JobCompleted,
            JobStatus.CompletedWithErrors => JobEventTypes.JobCompletedWithErrors,
            JobStatus.Failed => JobEventTypes.JobFailed,
            JobStatus.Cancelled => JobEventTypes.JobCancelled,
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Only a finished job run raises an event."),
        };
        return new JobEvent
        {
            Id = $"{type}:{jobId}:{runId}",
            Type = type,
            Subject = $"jobs/{jobId}/runs/{runId}",
            JobId = jobId,
            RunId = runId,
            Status = JsonNamingPolicy.CamelCase.ConvertName(status.ToString()),
            Counts = counts,
            ResultLocations = resultLocations,
            Time = time,
        };
    }

    /// <summary>The event as compact AliaBatch JSON, the message body on every transport.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, AliaBatchJson.Compact);

    /// <summary>Reads an event message body.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The event.</returns>
    /// <exception cref="FormatException">The text is not a job event.</exception>
    public static JobEvent Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<JobEvent>(json, AliaBatchJson.Compact) ?? throw new FormatException("A job event body cannot be null.");
        }
        catch (JsonException exception)
        {
            throw new FormatException($"Not a job event: {exception.Message}", exception);
        }
    }
}
