using AliaBatch.Core.Serialization;
using AliaBatch.Orchestration;
using AliaBatch.Orchestration.Intake;
using AliaBatch.Orchestration.Orchestrators;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace AliaBatch.Functions.Http;

/// <summary>
/// The HTTP job API (docs/api.md, <c>GET /api/openapi.json</c>): thin starters and readers over the same job
/// orchestration as every other entry point. Refusals are thrown and answered by <see cref="ProblemDetailsMiddleware"/>.
/// </summary>
public sealed partial class JobsApi(AgencyJobIntake intake, JobStarter starter, ObjectStoreResolver stores, IOptions<IntakeOptions> options)
{
    /// <summary>The header that makes a submission idempotent: the same key starts the same run once.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private const string HttpTrigger = "http";

    /// <summary><c>POST /api/jobs</c>: validates and starts a job request; 202 with <c>Location</c>.</summary>
    [Function("SubmitJob")]
    public async Task<IActionResult> SubmitAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "jobs")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await ReadBodyAsync(request, options.Value.MaxRequestBytes, cancellationToken);
        var key = request.Headers[IdempotencyKeyHeader].FirstOrDefault() is { Length: > 0 } given ? given : Guid.NewGuid().ToString("N");
        var result = intake.Accept(HttpTrigger, key, body);
        if (!result.IsAccepted)
        {
            var rejection = result.Rejection;
            throw rejection.Code switch
            {
                RejectionCodes.TooLarge => new ApiProblemException(413, "Request too large", rejection.Message),
                RejectionCodes.Unauthorized => new ApiProblemException(403, "Source not allowed", rejection.Message, rejection.JsonPointer),
                _ => new ApiProblemException(400, "Invalid job request", rejection.Message, rejection.JsonPointer),
            };
        }

        var start = await starter.StartAsync(client, result.Request, StoreReference.Blob(options.Value.ResultsContainer), result.RunId, FunctionsHost.HostName, cancellationToken);
        request.HttpContext.Response.Headers.Location = $"/api/jobs/{start.InstanceId}";
        return Json(StatusCodes.Status202Accepted, new JobSubmitted(start.InstanceId, start.JobId, start.RunId, start.AlreadyStarted));
    }

    /// <summary><c>GET /api/jobs/{id}</c>: the run's status and progress.</summary>
    [Function("GetJob")]
    public static async Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "jobs/{id}")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken = default)
    {
        var (instance, input) = await FindAsync(client, id, cancellationToken);
        return Json(StatusCodes.Status200OK, View(instance, input));
    }

    /// <summary><c>POST /api/jobs/{id}/cancel</c>: asks a running job to stop; 409 once it has ended.</summary>
    [Function("CancelJob")]
    public static async Task<IActionResult> CancelAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "jobs/{id}/cancel")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken = default)
    {
        var (instance, input) = await FindAsync(client, id, cancellationToken);
        if (instance.IsCompleted)
        {
            throw new ApiProblemException(409, "Job already ended", $"Job run '{id}' is {instance.RuntimeStatus}: there is nothing to cancel.");
        }

        await client.RaiseEventAsync(id, JobEvents.Cancel, true, cancellationToken);
        return Json(StatusCodes.Status202Accepted, View(instance, input));
    }

    private static async Task<(OrchestrationMetadata Instance, JobOrchestrationInput Input)> FindAsync(DurableTaskClient client, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken);
        if (instance is null || !string.Equals(instance.Name, nameof(JobOrchestrator), StringComparison.Ordinal))
        {
            throw ApiProblemException.JobNotFound(id);
        }

        return (instance, instance.ReadInputAs<JobOrchestrationInput>() ?? throw ApiProblemException.JobNotFound(id));
    }

    private static JobRunView View(OrchestrationMetadata instance, JobOrchestrationInput input) => new(
        instance.InstanceId,
        input.Job.JobId,
        input.Job.RunId,
        instance.RuntimeStatus.ToString(),
        instance.CreatedAt,
        instance.LastUpdatedAt,
        instance.SerializedCustomStatus is null ? null : instance.ReadCustomStatusAs<JobProgressStatus>(),
        instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? instance.ReadOutputAs<JobOrchestrationResult>() : null);

    private static JsonResult Json(int status, object value) => new(value, AliaBatchJson.Indented) { StatusCode = status };

    private static async Task<string> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw new ApiProblemException(413, "Request too large", $"The body has {request.ContentLength} bytes, more than AliaBatch:Intake:MaxRequestBytes ({maxBytes}).");
        }

        // Read one byte past the limit at most, so an unannounced huge body is refused without buffering it.
        var buffer = new byte[maxBytes + 1];
        var read = 0;
        int count;
        while (read < buffer.Length && (count = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += count;
        }

        return read > maxBytes
            ? throw new ApiProblemException(413, "Request too large", $"The body has more than AliaBatch:Intake:MaxRequestBytes ({maxBytes}) bytes.")
            : System.Text.Encoding.UTF8.GetString(buffer, 0, read);
    }
}
