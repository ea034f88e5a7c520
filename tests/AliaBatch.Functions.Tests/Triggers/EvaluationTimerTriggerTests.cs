using System.Globalization;
using AliaBatch.Functions.Triggers;
using AliaBatch.Orchestration.Evaluation;
using AliaBatch.Testing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace AliaBatch.Functions.Tests.Triggers;

public sealed class EvaluationTimerTriggerTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset s_firedAt = new(2026, 11, 27, 3, 0, 2, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-11-27T04:00:00+01:00", "20261127T0300")]
    [InlineData("2026-11-27T03:01:30Z", "20261127T0300")]
    [InlineData("2026-11-27T09:15:00Z", "20261127T0300")]
    [InlineData("2026-11-28T02:59:59.5Z", "20261128T0300")]
    [InlineData("2026-11-28T02:59:00Z", "20261127T0300")]
    public void Slot_FiringAtOnLateOrPastDue_IsTheMinuteOfItsScheduledOccurrence(string firedAt, string expected)
    {
        var trigger = new EvaluationTimerTrigger(Options.Create(new EvaluationOptions { Schedule = "0 0 3 * * *" }), TimeProvider.System, NullLogger<EvaluationTimerTrigger>.Instance);

        var slot = trigger.Slot(DateTimeOffset.Parse(firedAt, CultureInfo.InvariantCulture));

        Assert.Equal(expected, slot);
    }

    [Fact]
    public async Task StartSlotAsync_ConfiguredSuites_StartsEvalSlotInstanceWithThem()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite, new Dictionary<string, string?> { ["AliaBatch:Evaluation:Suites"] = "mt-es-ca, langid" });
        var timer = host.Get<EvaluationTimerTrigger>();

        var instanceId = await timer.StartSlotAsync(host.Client, s_firedAt, TestContext.Current.CancellationToken);

        Assert.Equal("eval:20261127T0300", instanceId);
        var instance = await host.WaitForStatusAsync(instanceId!, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        var input = instance.ReadInputAs<EvaluationOrchestrationInput>()!;
        Assert.Equal(["mt-es-ca", "langid"], input.Suites);
        Assert.Equal("20261127T0300", input.Slot);
        Assert.Equal(FunctionsHost.HostName, input.HostName);
    }

    [Fact]
    public async Task StartSlotAsync_SameSlotTwice_OneRun()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite, new Dictionary<string, string?> { ["AliaBatch:Evaluation:Suites"] = "langid" });
        var timer = host.Get<EvaluationTimerTrigger>();
        var first = await timer.StartSlotAsync(host.Client, s_firedAt, TestContext.Current.CancellationToken);
        var created = (await host.WaitForStatusAsync(first!, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Running)).CreatedAt;

        var second = await timer.StartSlotAsync(host.Client, s_firedAt.AddSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(first, second);
        Assert.Equal(created, (await host.Client.GetInstanceAsync(second!, TestContext.Current.CancellationToken))!.CreatedAt);
    }

    [Fact]
    public async Task StartSlotAsync_NoSuites_StartsNothing()
    {
        await using var host = await FunctionsTestHost.StartAsync(azurite);

        var instanceId = await host.Get<EvaluationTimerTrigger>().StartSlotAsync(host.Client, s_firedAt, TestContext.Current.CancellationToken);

        Assert.Null(instanceId);
        Assert.Null(await host.Client.GetInstanceAsync("eval:20261127T0300", TestContext.Current.CancellationToken));
    }
}
