using System.Text.Json;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Functions.Tests;

/// <summary>The build-generated functions.metadata: what the Functions host will index.</summary>
public sealed class FunctionsMetadataTests
{
    private static readonly Lazy<JsonElement> s_functions = new(Load);

    [Fact]
    public void IncomingBlobTrigger_EventGridSourcedBlobTriggerOnIncoming()
    {
        var trigger = Binding("IncomingBlobTrigger", "blobTrigger");

        Assert.Equal("incoming/{name}", trigger.GetProperty("path").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("AzureWebJobsStorage", trigger.GetProperty("connection").GetString());
        Assert.Equal("In", trigger.GetProperty("direction").GetString());
        Assert.True(HasBinding("IncomingBlobTrigger", "durableClient"));
    }

    [Fact]
    public void AgencyQueueTrigger_ReadsAgencyJobsAndWritesPoisonQueue()
    {
        var trigger = Binding("AgencyQueueTrigger", "queueTrigger");
        var output = Binding("AgencyQueueTrigger", "queue");

        Assert.Equal("agency-jobs", trigger.GetProperty("queueName").GetString());
        Assert.Equal("AzureWebJobsStorage", trigger.GetProperty("connection").GetString());
        Assert.Equal("agency-jobs-poison", output.GetProperty("queueName").GetString());
        Assert.Equal("AzureWebJobsStorage", output.GetProperty("connection").GetString());
        Assert.Equal("Out", output.GetProperty("direction").GetString());
    }

    [Fact]
    public void EvaluationTimerTrigger_ScheduleFromConfiguration()
    {
        var trigger = Binding("EvaluationTimerTrigger", "timerTrigger");

        Assert.Equal("%AliaBatch:Evaluation:Schedule%", trigger.GetProperty("schedule").GetString());
        Assert.True(HasBinding("EvaluationTimerTrigger", "durableClient"));
    }

    [Theory]
    [InlineData("SubmitJob", "jobs", "post", "Function")]
    [InlineData("GetJob", "jobs/{id}", "get", "Function")]
    [InlineData("ListJobDocuments", "jobs/{id}/documents", "get", "Function")]
    [InlineData("CancelJob", "jobs/{id}/cancel", "post", "Function")]
    [InlineData("GetJobResults", "jobs/{id}/results", "get", "Function")]
    [InlineData("OpenApi", "openapi.json", "get", "Anonymous")]
    public void HttpFunctions_RouteMethodAndAuthLevel(string function, string route, string method, string authLevel)
    {
        var trigger = Binding(function, "httpTrigger");

        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal([method], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()));
        Assert.Equal(authLevel, trigger.GetProperty("authLevel").GetString());
    }

    [Theory]
    [InlineData("JobOrchestrator", "orchestrationTrigger")]
    [InlineData("BatchGroupOrchestrator", "orchestrationTrigger")]
    [InlineData("EvaluationOrchestrator", "orchestrationTrigger")]
    [InlineData("PreparePageActivity", "activityTrigger")]
    [InlineData("ProcessBatchActivity", "activityTrigger")]
    [InlineData("DispatchBatchActivity", "activityTrigger")]
    [InlineData("CheckBatchesActivity", "activityTrigger")]
    [InlineData("FailBatchActivity", "activityTrigger")]
    [InlineData("FinalizeJobActivity", "activityTrigger")]
    [InlineData("PublishJobEventActivity", "activityTrigger")]
    [InlineData("EvaluateSuiteActivity", "activityTrigger")]
    public void DurableFunctions_HaveTheirTrigger(string function, string trigger)
    {
        Assert.Equal("In", Binding(function, trigger).GetProperty("direction").GetString());
    }

    private static JsonElement Function(string name) =>
        s_functions.Value.EnumerateArray().SingleOrDefault(f => f.GetProperty("name").GetString() == name) is { ValueKind: JsonValueKind.Object } function
            ? function
            : throw new Xunit.Sdk.XunitException($"functions.metadata has no function '{name}'.");

    private static bool HasBinding(string function, string type) =>
        Function(function).GetProperty("bindings").EnumerateArray().Any(b => b.GetProperty("type").GetString() == type);

    private static JsonElement Binding(string function, string type) =>
        Function(function).GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == type);

    private static JsonElement Load()
    {
        // The worker SDK writes it to the Functions project's output and copies it to this test's; either is the build's.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = RepositoryPaths.InRepository("src", "AliaBatch.Functions", "bin", configuration, "net10.0", "functions.metadata");
        var local = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        using var document = JsonDocument.Parse(File.ReadAllText(File.Exists(local) ? local : path));
        return document.RootElement.Clone();
    }
}
