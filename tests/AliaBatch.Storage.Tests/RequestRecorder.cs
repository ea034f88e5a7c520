using System.Collections.Concurrent;
using System.Web;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;

namespace AliaBatch.Storage.Tests;

/// <summary>Records every request a blob client sends as "METHOD comp" (e.g. "PUT", "PUT block", "PUT blocklist").</summary>
public sealed class RequestRecorder : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<string> _requests = new();

    public IReadOnlyList<string> Requests => [.. _requests];

    public static (BlobServiceClient Service, RequestRecorder Recorder) CreateClient(string connectionString)
    {
        var recorder = new RequestRecorder();
        var options = new BlobClientOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerRetry);
        return (new BlobServiceClient(connectionString, options), recorder);
    }

    public void Clear() => _requests.Clear();

    public override void OnSendingRequest(HttpMessage message)
    {
        var comp = HttpUtility.ParseQueryString(message.Request.Uri.Query)["comp"];
        _requests.Enqueue(comp is null ? message.Request.Method.ToString() : $"{message.Request.Method} {comp}");
    }
}
