using Cronos;

namespace AliaBatch.Functions.Triggers;

/// <summary>
/// The evaluation timer's six-field CRON schedule (UTC), used to tell which scheduled occurrence a firing belongs to:
/// a timer that fires late, or a past-due firing after the app was down, still belongs to the occurrence it was for.
/// </summary>
public sealed class EvaluationSchedule
{
    // A timer may fire a moment before its occurrence; further back, the search widens until it finds one.
    private static readonly TimeSpan s_earlyFiring = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan[] s_lookBack = [TimeSpan.FromMinutes(2), TimeSpan.FromHours(2), TimeSpan.FromDays(2), TimeSpan.FromDays(40), TimeSpan.FromDays(400)];

    private readonly CronExpression _expression;

    private EvaluationSchedule(CronExpression expression) => _expression = expression;

    /// <summary>Parses a six-field CRON expression (second minute hour day month day-of-week).</summary>
    /// <exception cref="FormatException">The expression is not a valid six-field CRON expression.</exception>
    public static EvaluationSchedule Parse(string expression)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(expression);
        try
        {
            return new EvaluationSchedule(CronExpression.Parse(expression.Trim(), CronFormat.IncludeSeconds));
        }
        catch (CronFormatException exception)
        {
            throw new FormatException($"'{expression}' is not a six-field CRON expression (second minute hour day month day-of-week): {exception.Message}", exception);
        }
    }

    /// <summary>The latest scheduled occurrence at or before <paramref name="firedAt"/>, or null when none is within 400 days.</summary>
    public DateTimeOffset? OccurrenceOf(DateTimeOffset firedAt)
    {
        var until = firedAt.ToUniversalTime() + s_earlyFiring;
        foreach (var window in s_lookBack)
        {
            var occurrences = _expression.GetOccurrences(until - window, until, TimeZoneInfo.Utc, fromInclusive: true, toInclusive: true);
            if (occurrences.Select(o => (DateTimeOffset?)o).LastOrDefault() is { } last)
            {
                return last;
            }
        }

        return null;
    }
}
