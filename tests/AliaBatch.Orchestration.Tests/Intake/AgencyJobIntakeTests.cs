using AliaBatch.Core.Jobs;
using AliaBatch.Orchestration.Intake;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace AliaBatch.Orchestration.Tests.Intake;

public sealed class AgencyJobIntakeTests
{
    private const string ValidBody = """
        {"schemaVersion":"1.0","jobId":"agency-42","source":{"kind":"blob","container":"incoming","prefix":"agency1/batch"},
         "tasks":{"summarize":{"mode":"extractive"}}}
        """;

    [Fact]
    public void Accept_ValidRequest_IsAcceptedWithRunIdFromMessageId()
    {
        var intake = Create();

        var result = intake.Accept("3f2c9a1e-0000-4000-8000-000000000001", ValidBody);

        Assert.True(result.IsAccepted);
        Assert.Equal("agency-42", result.Request.JobId);
        Assert.Equal(RunIds.FromTrigger("queue", "3f2c9a1e-0000-4000-8000-000000000001"), result.RunId);
        Assert.Null(result.Rejection);
    }

    [Fact]
    public void Accept_SameMessageTwice_GivesSameRunId()
    {
        var intake = Create();

        Assert.Equal(intake.Accept("m1", ValidBody).RunId, intake.Accept("m1", ValidBody).RunId);
    }

    [Fact]
    public void Accept_SchemaError_RejectsWithPointerAndReceivedTime()
    {
        var body = ValidBody.Replace("\"extractive\"", "\"poetic\"", StringComparison.Ordinal);

        var result = Create().Accept("m2", body);

        Assert.False(result.IsAccepted);
        Assert.Equal(RejectionCodes.Invalid, result.Rejection.Code);
        Assert.Equal("/tasks/summarize/mode", result.Rejection.JsonPointer);
        Assert.Equal(FixedTimeProvider.Now, result.Rejection.ReceivedAt);
        Assert.Equal("_rejections/queue/m2.json", result.Rejection.RecordPath);
    }

    [Fact]
    public void Accept_NotJson_RejectsAtRoot()
    {
        var result = Create().Accept("m3", "not json");

        Assert.Equal(RejectionCodes.Invalid, result.Rejection!.Code);
        Assert.Equal("/", result.Rejection.JsonPointer);
    }

    [Fact]
    public void Accept_OverSizeLimit_RejectsAsTooLargeNamingTheSetting()
    {
        var body = ValidBody.Replace("agency-42", new string('a', 60), StringComparison.Ordinal) + new string(' ', 400);

        var result = Create(o => o.MaxRequestBytes = 256).Accept("m4", body);

        Assert.Equal(RejectionCodes.TooLarge, result.Rejection!.Code);
        Assert.Contains("AliaBatch:Intake:MaxRequestBytes (256)", result.Rejection.Message, StringComparison.Ordinal);
        Assert.Null(result.Rejection.JsonPointer);
    }

    [Fact]
    public void Accept_PrefixOutsideAllowedSources_RejectsAsUnauthorized()
    {
        var intake = Create(o => o.AllowedSources.Add("incoming/agency2/"));

        var result = intake.Accept("m5", ValidBody);

        Assert.Equal(RejectionCodes.Unauthorized, result.Rejection!.Code);
        Assert.Equal("/source/prefix", result.Rejection.JsonPointer);
        Assert.Contains("incoming/agency2/", result.Rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accept_OtherContainer_RejectsAtContainer()
    {
        var body = ValidBody.Replace("\"incoming\"", "\"results\"", StringComparison.Ordinal);

        var result = Create().Accept("m6", body);

        Assert.Equal(RejectionCodes.Unauthorized, result.Rejection!.Code);
        Assert.Equal("/source/container", result.Rejection.JsonPointer);
    }

    [Fact]
    public void Accept_LocalSource_RejectedUnlessAllowed()
    {
        const string body = """{"schemaVersion":"1.0","source":{"kind":"local","path":"/etc"},"tasks":{"summarize":{}}}""";

        var rejected = Create().Accept("m7", body);
        var accepted = Create(o => o.AllowLocalSources = true).Accept("m7", body);

        Assert.Equal("/source/kind", rejected.Rejection!.JsonPointer);
        Assert.True(accepted.IsAccepted);
        Assert.Equal(SourceKind.Local, accepted.Request.Source.Kind);
    }

    [Fact]
    public void Accept_MessageIdWithUnsafeCharacters_RecordPathStaysInRejectionsFolder()
    {
        var result = Create().Accept("../x/y", "{}");

        Assert.Equal("_rejections/queue/___x_y.json", result.Rejection!.RecordPath);
    }

    [Fact]
    public void Accept_OtherTrigger_RunIdAndRejectionUseItsKind()
    {
        var intake = Create();

        var accepted = intake.Accept("http", "key-1", ValidBody);
        var rejected = intake.Accept("http", "key-2", "{}");

        Assert.Equal(RunIds.FromTrigger("http", "key-1"), accepted.RunId);
        Assert.Equal("_rejections/http/key-2.json", rejected.Rejection!.RecordPath);
    }

    private static AgencyJobIntake Create(Action<IntakeOptions>? configure = null)
    {
        var options = new IntakeOptions();
        configure?.Invoke(options);
        return new AgencyJobIntake(Options.Create(options), new FixedTimeProvider(), NullLogger<AgencyJobIntake>.Instance);
    }
}
