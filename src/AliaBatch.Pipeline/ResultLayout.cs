using AliaBatch.Core.Languages;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;

namespace AliaBatch.Pipeline;

/// <summary>
/// Where a job's outputs go under the results root: <c>{jobId}/_job.json</c>, <c>{jobId}/index.jsonl</c>,
/// <c>{jobId}/{docPath}.json</c> and <c>{jobId}/{docPath}.{target}.txt</c> for translations.
/// </summary>
public static class ResultLayout
{
    /// <summary>The job manifest.</summary>
    public static string Manifest(string jobId) => ObjectPath.Combine(jobId, JobManifest.FileName);

    /// <summary>The job index.</summary>
    public static string Index(string jobId) => ObjectPath.Combine(jobId, JobManifest.IndexFileName);

    /// <summary>The per-document result.</summary>
    public static string Result(string jobId, string documentPath) => ObjectPath.Combine(jobId, documentPath + ".json");

    /// <summary>A translation file, relative to the job folder.</summary>
    public static string TranslationInJob(string documentPath, LanguageTag target) => $"{documentPath}.{target.Value}.txt";

    /// <summary>A translation file.</summary>
    public static string Translation(string jobId, string documentPath, LanguageTag target) =>
        ObjectPath.Combine(jobId, TranslationInJob(documentPath, target));

    /// <summary>The per-document result, relative to the job folder.</summary>
    public static string ResultInJob(string documentPath) => documentPath + ".json";

    /// <summary>Document path of a JSONL record: <c>{file}/{recordId}</c>, with the id made path-safe.</summary>
    public static string RecordPath(string filePath, string recordId)
    {
        var safe = new string([.. recordId.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]).Trim('.');
        return ObjectPath.Combine(filePath, safe.Length == 0 ? "_" : safe);
    }

    /// <summary>
    /// True for source objects that are not documents of the job: hidden files and folders, and names starting with
    /// '_' (a drop's <c>_job.json</c>).
    /// </summary>
    public static bool IsIgnoredSource(string path) =>
        path.Split('/').Any(segment => segment.StartsWith('.') || segment.StartsWith('_'));
}
