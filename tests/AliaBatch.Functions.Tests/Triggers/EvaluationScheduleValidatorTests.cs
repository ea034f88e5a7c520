using AliaBatch.Functions.Triggers;
using AliaBatch.Orchestration.Evaluation;
using Xunit;

namespace AliaBatch.Functions.Tests.Triggers;

public sealed class EvaluationScheduleValidatorTests
{
    [Fact]
    public void Validate_InvalidCron_FailsNamingTheSetting()
    {
        var result = new EvaluationScheduleValidator().Validate(null, new EvaluationOptions { Schedule = "0 0 25 * * *" });

        Assert.True(result.Failed);
        Assert.StartsWith("AliaBatch:Evaluation:Schedule: '0 0 25 * * *'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DefaultSchedule_Succeeds()
    {
        var result = new EvaluationScheduleValidator().Validate(null, new EvaluationOptions());

        Assert.True(result.Succeeded);
    }
}
