using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AliaBatch.Core.Serialization;

namespace AliaBatch.Core.Jobs;

/// <summary>Job ids: the client's, or one derived from the source and tasks so that submitting the same work twice is idempotent.</summary>
public static class JobIdentity
{
    /// <summary>The request's job id, or the derived one when it has none.</summary>
    public static string Resolve(JobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.JobId ?? Derive(request);
    }

    /// <summary>
    /// <c>job-</c> followed by 16 hex digits of the SHA-256 of the canonical source and tasks. Options do not take part:
    /// the same documents with the same tasks are the same job whatever the priority.
    /// </summary>
    public static string Derive(JobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var canonical = JsonSerializer.Serialize(new { request.Source, request.Tasks }, AliaBatchJson.Compact);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        return "job-" + Convert.ToHexStringLower(hash)[..16];
    }
}
