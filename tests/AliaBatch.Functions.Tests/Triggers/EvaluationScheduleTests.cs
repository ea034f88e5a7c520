using AliaBatch.Functions.Triggers;
using Xunit;

namespace AliaBatch.Functions.Tests.Triggers;

public sealed class EvaluationScheduleTests
{
    [Theory]
    [InlineData("0 0 3 * * *", "2026-11-27T10:00:00Z", "2026-11-27T03:00:00Z")]
    [InlineData("0 */15 * * * *", "2026-11-27T10:07:00Z", "2026-11-27T10:00:00Z")]
    [InlineData("0 0 3 1 * *", "2026-11-27T10:00:00Z", "2026-11-01T03:00:00Z")]
    [InlineData("0 30 2 * * 1", "2026-11-27T10:00:00Z", "2026-11-23T02:30:00Z")]
    public void OccurrenceOf_FiringTime_IsTheLatestOccurrenceAtOrBeforeIt(string expression, string firedAt, string expected)
    {
        var schedule = EvaluationSchedule.Parse(expression);

        var occurrence = schedule.OccurrenceOf(DateTimeOffset.Parse(firedAt, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), occurrence);
    }

    [Fact]
    public void OccurrenceOf_NoOccurrenceWithin400Days_IsNull()
    {
        // 30 February never comes.
        var schedule = EvaluationSchedule.Parse("0 0 3 30 2 *");

        Assert.Null(schedule.OccurrenceOf(new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("0 0 25 * * *")]
    [InlineData("0 3 * * *")]
    [InlineData("every day")]
    public void Parse_NotASixFieldCron_ThrowsFormatExceptionNamingTheExpression(string expression)
    {
        var exception = Assert.Throws<FormatException>(() => EvaluationSchedule.Parse(expression));

        Assert.Contains($"'{expression}'", exception.Message, StringComparison.Ordinal);
    }
}
