using AliaBatch.Orchestration.Evaluation;
using Microsoft.Extensions.Options;

namespace AliaBatch.Functions.Triggers;

/// <summary>Fails the app's start when <c>AliaBatch:Evaluation:Schedule</c> is not a CRON expression the timer can use.</summary>
public sealed class EvaluationScheduleValidator : IValidateOptions<EvaluationOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Schedule))
        {
            return ValidateOptionsResult.Skip;
        }

        try
        {
            EvaluationSchedule.Parse(options.Schedule);
            return ValidateOptionsResult.Success;
        }
        catch (FormatException exception)
        {
            return ValidateOptionsResult.Fail($"AliaBatch:Evaluation:Schedule: {exception.Message}");
        }
    }
}
