using AliaBatch.Worker.Health;
using Xunit;

namespace AliaBatch.Worker.Tests;

public sealed class WorkerHealthTests
{
    [Fact]
    public void New_NothingHappened_NotReadyNoLoopsNoFailure()
    {
        var health = new WorkerHealth();

        Assert.False(health.ModelsReady);
        Assert.Equal(0, health.RunningLoops);
        Assert.Null(health.Failure);
    }

    [Fact]
    public void LoopStartedAndStopped_TwoLoopsOneStops_CountsOne()
    {
        var health = new WorkerHealth();

        health.LoopStarted();
        health.LoopStarted();
        health.LoopStopped();

        Assert.Equal(1, health.RunningLoops);
    }

    [Fact]
    public void MarkFailed_EmptyReason_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WorkerHealth().MarkFailed(" "));
    }
}
