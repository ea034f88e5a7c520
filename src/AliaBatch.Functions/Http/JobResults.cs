using AliaBatch.Core.Results;

namespace AliaBatch.Functions.Http;

/// <summary>Where a job's results are, as <c>GET /api/jobs/{id}/results</c> returns it.</summary>
/// <param name="Container">The results container (or folder).</param>
/// <param name="Manifest">Path of <c>_job.json</c> in it.</param>
/// <param name="Index">Path of <c>index.jsonl</c> in it.</param>
/// <param name="Job">The manifest: status, counts, request, timestamps.</param>
public sealed record JobResults(string Container, string Manifest, string Index, JobManifest Job);
