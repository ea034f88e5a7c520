using System.Globalization;
using System.Text.Json;
using AliaBatch.Core.Results;
using AliaBatch.Core.Serialization;
using AliaBatch.Core.Storage;
using AliaBatch.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AliaBatch.Functions.Http;

/// <summary>The results side of the job API: the document index, paged, and the manifest.</summary>
public sealed partial class JobsApi
{
    /// <summary>Default page size of <c>GET /api/jobs/{id}/documents</c>.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>Largest page size of <c>GET /api/jobs/{id}/documents</c>.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>
    /// <c>GET /api/jobs/{id}/documents?status=&amp;continuationToken=&amp;pageSize=</c>: the job's index lines (one per
    /// document and translation target) in index order, optionally only those with a status.
    /// </summary>
    [Function("ListJobDocuments")]
    public async Task<IActionResult> ListDocumentsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "jobs/{id}/documents")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var status = ParseStatus(request.Query["status"].FirstOrDefault());
        var pageSize = ParseInt(request.Query["pageSize"].FirstOrDefault(), "pageSize", DefaultPageSize, 1, MaxPageSize);
        var offset = ParseInt(request.Query["continuationToken"].FirstOrDefault(), "continuationToken", 0, 0, int.MaxValue);
        var (_, input) = await FindAsync(client, id, cancellationToken);
        var results = stores.Resolve(input.Job.Results);
        var items = new List<IndexLine>(pageSize);
        string? next = null;
        var lines = await ReadIndexAsync(results, input.Job.JobId, cancellationToken);
        for (var line = offset; line < lines.Count; line++)
        {
            if (items.Count == pageSize)
            {
                next = line.ToString(CultureInfo.InvariantCulture);
                break;
            }

            var entry = JsonSerializer.Deserialize<IndexLine>(lines[line], AliaBatchJson.Compact)!;
            if (status is null || entry.Status == status)
            {
                items.Add(entry);
            }
        }

        return Json(StatusCodes.Status200OK, new DocumentsPage(items, next));
    }

    /// <summary><c>GET /api/jobs/{id}/results</c>: where the results are and the job manifest; 409 before it is written.</summary>
    [Function("GetJobResults")]
    public async Task<IActionResult> GetResultsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "jobs/{id}/results")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken = default)
    {
        var (_, input) = await FindAsync(client, id, cancellationToken);
        var results = stores.Resolve(input.Job.Results);
        var manifestPath = ResultLayout.Manifest(input.Job.JobId);
        var manifest = await results.ReadJsonOrDefaultAsync<JobManifest>(manifestPath, cancellationToken)
            ?? throw new ApiProblemException(409, "Results not written yet", $"Job run '{id}' has not written {manifestPath} yet.");
        return Json(StatusCodes.Status200OK, new JobResults(input.Job.Results.Location, manifestPath, ResultLayout.Index(input.Job.JobId), manifest));
    }

    private static async Task<IReadOnlyList<string>> ReadIndexAsync(IObjectStore results, string jobId, CancellationToken cancellationToken)
    {
        try
        {
            var text = await results.ReadTextAsync(ResultLayout.Index(jobId), cancellationToken);
            return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        catch (ObjectNotFoundException)
        {
            // No document has finished yet: an empty index.
            return [];
        }
    }

    private static DocumentStatus? ParseStatus(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return Enum.TryParse<DocumentStatus>(value, ignoreCase: true, out var status) && !int.TryParse(value, CultureInfo.InvariantCulture, out _)
            ? status
            : throw new ApiProblemException(400, "Invalid query", $"status must be one of {string.Join(", ", Enum.GetNames<DocumentStatus>().Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)))}.", "status");
    }

    private static int ParseInt(string? value, string name, int fallback, int min, int max)
    {
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max
            ? parsed
            : throw new ApiProblemException(400, "Invalid query", $"{name} must be an integer from {min} to {max}.", name);
    }
}
