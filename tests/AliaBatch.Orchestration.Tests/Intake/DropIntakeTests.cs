using AliaBatch.Core.Jobs;
using AliaBatch.Orchestration.Intake;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Intake;

public sealed class DropIntakeTests : IDisposable
{
    private readonly TemporaryFolder _incoming = new("incoming");

    [Fact]
    public async Task DecideAsync_JobFile_StartsJobOverItsFolder()
    {
        _incoming.WriteFile("agency1/drop7/a.txt", "Hola");
        _incoming.WriteFile("agency1/drop7/_job.json", """{"jobId":"drop-seven","tasks":{"translate":{"targets":["ca"]}},"options":{"overwrite":"version"}}""");

        var decision = await DecideAsync("agency1/drop7/_job.json", "0x1");

        Assert.Equal(DropOutcome.Start, decision.Outcome);
        Assert.Equal("drop-seven", decision.Request!.JobId);
        Assert.Equal(new JobSource { Kind = SourceKind.Blob, Container = "incoming", Prefix = "agency1/drop7" }, decision.Request.Source);
        Assert.Equal(OverwritePolicy.Version, decision.Request.Options.Overwrite);
        Assert.Equal(RunIds.FromTrigger("drop", "incoming/agency1/drop7/_job.json@0x1"), decision.RunId);
    }

    [Fact]
    public async Task DecideAsync_SameEventTwice_SameRunId_OtherEtag_OtherRunId()
    {
        _incoming.WriteFile("agency1/drop7/_job.json", """{"tasks":{"summarize":{}}}""");

        var first = await DecideAsync("agency1/drop7/_job.json", "0x1");
        var duplicate = await DecideAsync("agency1/drop7/_job.json", "0x1");
        var reupload = await DecideAsync("agency1/drop7/_job.json", "0x2");

        Assert.Equal(first.RunId, duplicate.RunId);
        Assert.NotEqual(first.RunId, reupload.RunId);
        Assert.Equal(JobIdentity.Resolve(first.Request!), JobIdentity.Resolve(reupload.Request!));
    }

    [Fact]
    public async Task DecideAsync_JobFileListsDocuments_KeepsThem()
    {
        _incoming.WriteFile("agency1/drop7/_job.json", """{"source":{"documents":["a.txt"]},"tasks":{"summarize":{}}}""");

        var decision = await DecideAsync("agency1/drop7/_job.json", "0x1");

        Assert.Equal(["a.txt"], decision.Request!.Source.Documents!);
    }

    [Fact]
    public async Task DecideAsync_JobFileNamesContainer_RejectsWithPointer()
    {
        _incoming.WriteFile("agency1/drop7/_job.json", """{"source":{"container":"results"},"tasks":{"summarize":{}}}""");

        var decision = await DecideAsync("agency1/drop7/_job.json", "0x1");

        Assert.Equal(DropOutcome.Reject, decision.Outcome);
        Assert.Equal("/source/container", decision.Rejection!.JsonPointer);
        Assert.Equal("_rejections/drop/agency1/drop7.json", decision.Rejection.RecordPath);
    }

    [Fact]
    public async Task DecideAsync_JobFileSchemaError_RejectsNamingFileAndPointer()
    {
        _incoming.WriteFile("agency1/drop7/_job.json", """{"tasks":{"translate":{"targets":["klingon"]}}}""");

        var decision = await DecideAsync("agency1/drop7/_job.json", "0x1");

        Assert.Equal(RejectionCodes.Invalid, decision.Rejection!.Code);
        Assert.Equal("/tasks/translate/targets/0", decision.Rejection.JsonPointer);
        Assert.StartsWith("agency1/drop7/_job.json: ", decision.Rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_JobFileTooLarge_RejectsAsTooLarge()
    {
        _incoming.WriteFile("agency1/drop7/_job.json", """{"tasks":{"summarize":{}}}""" + new string(' ', 300));

        var decision = await DecideAsync("agency1/drop7/_job.json", "0x1", o => o.MaxRequestBytes = 256);

        Assert.Equal(RejectionCodes.TooLarge, decision.Rejection!.Code);
    }

    [Fact]
    public async Task DecideAsync_JobFileGone_Ignores()
    {
        var decision = await DecideAsync("agency1/drop7/_job.json", "0x1");

        Assert.Equal(DropOutcome.Ignore, decision.Outcome);
        Assert.Contains("no longer exists", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_SingleFileWithAgencyDefaults_UsesDefaultsFile()
    {
        _incoming.WriteFile("agency1/_defaults.json", """{"tasks":{"classify":{"labels":["taxes","health"]}},"options":{"priority":"high"}}""");

        var decision = await DecideAsync("agency1/report.txt", "0x9");

        Assert.Equal(DropOutcome.Start, decision.Outcome);
        Assert.Equal(["taxes", "health"], decision.Request!.Tasks.Classify!.Labels);
        Assert.Equal(JobPriority.High, decision.Request.Options.Priority);
        Assert.Equal("agency1", decision.Request.Source.Prefix);
        Assert.Equal(["report.txt"], decision.Request.Source.Documents!);
        Assert.Null(decision.Request.JobId);
    }

    [Fact]
    public async Task DecideAsync_SingleFileWithoutDefaultsFile_UsesConfiguredDefaults()
    {
        var decision = await DecideAsync("memo.txt", "0x9");

        Assert.Equal(SummaryMode.Extractive, decision.Request!.Tasks.Summarize!.Mode);
        Assert.Null(decision.Request.Source.Prefix);
        Assert.Equal(["memo.txt"], decision.Request.Source.Documents!);
    }

    [Fact]
    public async Task DecideAsync_TwoSingleFiles_AreTwoJobs()
    {
        var first = await DecideAsync("agency1/a.txt", "0x1");
        var second = await DecideAsync("agency1/b.txt", "0x1");

        Assert.NotEqual(JobIdentity.Resolve(first.Request!), JobIdentity.Resolve(second.Request!));
    }

    [Fact]
    public async Task DecideAsync_DefaultsFileWithJobId_RejectsAtJobId()
    {
        _incoming.WriteFile("agency1/_defaults.json", """{"jobId":"same","tasks":{"summarize":{}}}""");

        var decision = await DecideAsync("agency1/report.txt", "0x9");

        Assert.Equal("/jobId", decision.Rejection!.JsonPointer);
        Assert.Equal("_rejections/drop/agency1/report.txt.json", decision.Rejection.RecordPath);
    }

    [Theory]
    [InlineData("agency1/drop7/a.txt")]
    [InlineData("agency1/_defaults.json")]
    [InlineData("agency1/.DS_Store")]
    public async Task DecideAsync_NotADrop_IgnoresWithoutReading(string path)
    {
        var decision = await DecideAsync(path, "0x1");

        Assert.Equal(DropOutcome.Ignore, decision.Outcome);
        Assert.Null(decision.RunId);
        Assert.NotNull(decision.Reason);
    }

    public void Dispose() => _incoming.Dispose();

    private Task<DropDecision> DecideAsync(string path, string etag, Action<IntakeOptions>? configure = null)
    {
        var options = new IntakeOptions();
        configure?.Invoke(options);
        var intake = new DropIntake(Options.Create(options), new FixedTimeProvider(), NullLogger<DropIntake>.Instance);
        return intake.DecideAsync(ObjectStores.ForFolder(_incoming.Path), path, etag, TestContext.Current.CancellationToken);
    }
}
