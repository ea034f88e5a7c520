using System.Text;
using AliaBatch.Core.Jobs;
using AliaBatch.Core.Results;
using AliaBatch.Core.Storage;
using AliaBatch.Functions.Http;
using AliaBatch.Functions.Tests.Triggers;
using AliaBatch.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using Xunit;

namespace AliaBatch.Functions.Tests.Http;

public sealed class JobsApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SubmitAsync_ValidRequest_202WithLocationOfTheRun()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);
        var request = Post(AgencyQueueTriggerTests.Body(host, "api-1"));

        var result = await host.Get<JobsApi>().SubmitAsync(request, host.Client, Token);

        var json = Assert.IsType<JsonResult>(result);
        Assert.Equal(202, json.StatusCode);
        var submitted = Assert.IsType<JobSubmitted>(json.Value);
        Assert.Equal("api-1", submitted.JobId);
        Assert.Equal($"/api/jobs/{submitted.Id}", request.HttpContext.Response.Headers.Location.ToString());
        await host.WaitForStatusAsync(submitted.Id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Running);
    }

    [Fact]
    public async Task SubmitAsync_SameIdempotencyKeyTwice_SameRunAlreadyStarted()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);
        var api = host.Get<JobsApi>();
        var first = (JobSubmitted)((JsonResult)await api.SubmitAsync(Post(AgencyQueueTriggerTests.Body(host, "api-2"), "key-1"), host.Client, Token)).Value!;

        var second = (JobSubmitted)((JsonResult)await api.SubmitAsync(Post(AgencyQueueTriggerTests.Body(host, "api-2"), "key-1"), host.Client, Token)).Value!;

        Assert.Equal(first.Id, second.Id);
        Assert.False(first.AlreadyStarted);
        Assert.True(second.AlreadyStarted);
    }

    [Theory]
    [InlineData("\"summarize\":{}", "\"summarize\":{\"mode\":\"poetic\"}", 400, "/tasks/summarize/mode")]
    [InlineData("\"jobId\":\"api-3\"", "\"jobId\":\"API 3\"", 400, "/jobId")]
    [InlineData("\"prefix\":\"agency1\"", "\"prefix\":\"agency1\"", 403, "/source/container")]
    public async Task SubmitAsync_RefusedRequest_ProblemWithPointer(string find, string replace, int status, string jsonPointer)
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);
        var body = AgencyQueueTriggerTests.Body(host, "api-3").Replace(find, replace, StringComparison.Ordinal);
        if (status == 403)
        {
            body = body.Replace(host.IncomingContainer, "models", StringComparison.Ordinal);
        }

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => host.Get<JobsApi>().SubmitAsync(Post(body), host.Client, Token));

        Assert.Equal(status, problem.Status);
        Assert.Equal(jsonPointer, problem.JsonPointer);
    }

    [Fact]
    public async Task SubmitAsync_OversizedBody_413()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite, new Dictionary<string, string?> { ["AliaBatch:Intake:MaxRequestBytes"] = "256" });

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() =>
            host.Get<JobsApi>().SubmitAsync(Post(AgencyQueueTriggerTests.Body(host, "api-4") + new string(' ', 300)), host.Client, Token));

        Assert.Equal(413, problem.Status);
    }

    [Fact]
    public async Task GetAsync_RunningJob_200WithProgress()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);
        var id = await SubmitAsync(host, "api-5");
        await host.WaitForStatusAsync(id, i => i.SerializedCustomStatus is not null);

        var result = (JsonResult)await JobsApi.GetAsync(Get(), id, host.Client, Token);

        Assert.Equal(200, result.StatusCode);
        var view = Assert.IsType<JobRunView>(result.Value);
        Assert.Equal("api-5", view.JobId);
        Assert.Equal("Running", view.RuntimeStatus);
        Assert.Equal(FunctionsTestHost.Progress, view.Progress);
    }

    [Fact]
    public async Task GetAsync_UnknownId_404()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => JobsApi.GetAsync(Get(), "nope:run", host.Client, Token));

        Assert.Equal(404, problem.Status);
    }

    [Fact]
    public async Task CancelAsync_RunningThenEnded_202Then409()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);
        var id = await SubmitAsync(host, "api-6");
        await host.WaitForStatusAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        var accepted = (JsonResult)await JobsApi.CancelAsync(Post(string.Empty), id, host.Client, Token);
        await host.WaitForStatusAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Completed);
        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => JobsApi.CancelAsync(Post(string.Empty), id, host.Client, Token));

        Assert.Equal(202, accepted.StatusCode);
        Assert.Equal(409, problem.Status);
    }

    [Fact]
    public async Task ListDocumentsAsync_PagesAndFiltersTheIndex()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);
        var id = await SubmitAsync(host, "api-7");
        await host.Results.WriteTextAsync("api-7/index.jsonl", string.Join('\n',
            """{"document":"a.txt","task":"document","status":"succeeded","output":"a.txt.json"}""",
            """{"document":"b.txt","task":"document","status":"failed","error":{"code":"document.empty","message":"empty"}}""",
            """{"document":"c.txt","task":"document","status":"succeeded","output":"c.txt.json"}""") + "\n", cancellationToken: Token);
        var api = host.Get<JobsApi>();

        var first = (DocumentsPage)((JsonResult)await api.ListDocumentsAsync(Get("?pageSize=2"), id, host.Client, Token)).Value!;
        var rest = (DocumentsPage)((JsonResult)await api.ListDocumentsAsync(Get($"?pageSize=2&continuationToken={first.ContinuationToken}"), id, host.Client, Token)).Value!;
        var failed = (DocumentsPage)((JsonResult)await api.ListDocumentsAsync(Get("?status=failed"), id, host.Client, Token)).Value!;

        Assert.Equal(["a.txt", "b.txt"], first.Items.Select(i => i.Document));
        Assert.Equal(["c.txt"], rest.Items.Select(i => i.Document));
        Assert.Null(rest.ContinuationToken);
        Assert.Equal("b.txt", Assert.Single(failed.Items).Document);
    }

    [Theory]
    [InlineData("?status=done", "status")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=5000", "pageSize")]
    [InlineData("?continuationToken=-1", "continuationToken")]
    public async Task ListDocumentsAsync_BadQuery_400NamingTheParameter(string query, string parameter)
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);
        var id = await SubmitAsync(host, "api-8");

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => host.Get<JobsApi>().ListDocumentsAsync(Get(query), id, host.Client, Token));

        Assert.Equal(400, problem.Status);
        Assert.Equal(parameter, problem.JsonPointer);
    }

    [Fact]
    public async Task GetResultsAsync_BeforeAndAfterTheManifest_409Then200()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);
        var id = await SubmitAsync(host, "api-9");
        var api = host.Get<JobsApi>();

        var early = await Assert.ThrowsAsync<ApiProblemException>(() => api.GetResultsAsync(Get(), id, host.Client, Token));
        await host.Results.WriteJsonAsync("api-9/_job.json", new JobManifest
        {
            JobId = "api-9",
            Status = JobStatus.Succeeded,
            Request = JobRequestValidator.Parse(AgencyQueueTriggerTests.Body(host, "api-9")),
            Counts = new JobCounts(1, 1, 0, 0),
        }, cancellationToken: Token);
        var result = (JsonResult)await api.GetResultsAsync(Get(), id, host.Client, Token);

        Assert.Equal(409, early.Status);
        var results = Assert.IsType<JobResults>(result.Value);
        Assert.Equal("api-9/index.jsonl", results.Index);
        Assert.Equal(JobStatus.Succeeded, results.Job.Status);
        Assert.Equal(host.ResultsContainer, results.Container);
    }

    private static async Task<string> SubmitAsync(FunctionsTestHost host, string jobId)
    {
        var result = (JsonResult)await host.Get<JobsApi>().SubmitAsync(Post(AgencyQueueTriggerTests.Body(host, jobId)), host.Client, Token);
        return ((JobSubmitted)result.Value!).Id;
    }

    private static HttpRequest Post(string body, string? idempotencyKey = null)
    {
        var context = new DefaultHttpContext();
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Request.Method = "POST";
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = bytes.Length;
        if (idempotencyKey is not null)
        {
            context.Request.Headers[JobsApi.IdempotencyKeyHeader] = idempotencyKey;
        }

        return context.Request;
    }

    private static HttpRequest Get(string query = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        return context.Request;
    }
}
