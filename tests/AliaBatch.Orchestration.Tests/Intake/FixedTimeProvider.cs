namespace AliaBatch.Orchestration.Tests.Intake;

/// <summary>A clock that always says <see cref="Now"/>.</summary>
internal sealed class FixedTimeProvider : TimeProvider
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
