using Xunit;

namespace AliaBatch.Worker.Tests;

public sealed class WorkerOptionsTests
{
    [Fact]
    public void AllPacks_ListedAndDefaultPacks_ListedFirstWithoutRepeats()
    {
        var options = new WorkerOptions { TranslationPack = "salamandrata-7b", SummarizationPack = "salamandra-2b" };
        options.ModelPacks.Add("topics-ca");
        options.ModelPacks.Add("salamandra-2b");

        Assert.Equal(["topics-ca", "salamandra-2b", "salamandrata-7b"], options.AllPacks());
    }

    [Fact]
    public void GracePeriod_Defaults_ShutdownTimeoutLessTheAbandonReserve()
    {
        var options = new WorkerOptions();

        Assert.Equal(TimeSpan.FromSeconds(285), options.GracePeriod);
    }

    [Fact]
    public void GracePeriod_ReserveLongerThanTimeout_Zero()
    {
        var options = new WorkerOptions { ShutdownTimeout = TimeSpan.FromSeconds(3), AbandonReserve = TimeSpan.FromSeconds(5) };

        Assert.Equal(TimeSpan.Zero, options.GracePeriod);
    }
}
