using AliaBatch.Core.Jobs;
using AliaBatch.Core.Languages;
using Xunit;

namespace AliaBatch.Core.Tests;

public sealed class JobIdentityTests
{
    private static JobRequest Request(string prefix, JobPriority priority = JobPriority.Normal) => new()
    {
        Source = new JobSource { Kind = SourceKind.Blob, Container = "incoming", Prefix = prefix },
        Tasks = new JobTasks { Translate = new TranslateTask { Targets = [LanguageTag.Catalan] } },
        Options = new JobOptions { Priority = priority },
    };

    [Fact]
    public void Derive_SameSourceAndTasks_SameIdWhateverTheOptions() =>
        Assert.Equal(JobIdentity.Derive(Request("a/")), JobIdentity.Derive(Request("a/", JobPriority.High)));

    [Fact]
    public void Derive_OtherSource_OtherId() =>
        Assert.NotEqual(JobIdentity.Derive(Request("a/")), JobIdentity.Derive(Request("b/")));

    [Fact]
    public void Derive_MatchesTheSchemaPattern()
    {
        var id = JobIdentity.Derive(Request("a/"));

        Assert.Matches("^job-[0-9a-f]{16}$", id);
    }

    [Fact]
    public void Resolve_ClientId_WinsOverDerived() =>
        Assert.Equal("mine", JobIdentity.Resolve(Request("a/") with { JobId = "mine" }));
}
