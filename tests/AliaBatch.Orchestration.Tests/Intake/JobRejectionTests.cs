using System.Text.Json;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Intake;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Intake;

public sealed class JobRejectionTests
{
    [Fact]
    public async Task WriteAsync_WritesRecordWhereTheAgencyReadsIt()
    {
        using var folder = new TemporaryFolder("results");
        var results = ObjectStores.ForFolder(folder.Path);
        var rejection = new JobRejection("queue", "m1", RejectionCodes.Invalid, "bad", "/tasks", FixedTimeProvider.Now);

        await rejection.WriteAsync(results, TestContext.Current.CancellationToken);
        await rejection.WriteAsync(results, TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(await results.ReadTextAsync("_rejections/queue/m1.json", TestContext.Current.CancellationToken));
        Assert.Equal("request.invalid", json.RootElement.GetProperty("code").GetString());
        Assert.Equal("/tasks", json.RootElement.GetProperty("jsonPointer").GetString());
        Assert.Equal("m1", json.RootElement.GetProperty("id").GetString());
        Assert.Equal(FixedTimeProvider.Now, json.RootElement.GetProperty("receivedAt").GetDateTimeOffset());
        Assert.False(json.RootElement.TryGetProperty("recordPath", out _));
    }
}
