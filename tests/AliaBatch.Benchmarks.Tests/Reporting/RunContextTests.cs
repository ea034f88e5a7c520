using AliaBatch.Benchmarks.Reporting;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Benchmarks.Tests.Reporting;

public sealed class RunContextTests
{
    [Fact]
    public void Read_FilesOfARun_GivesSourceCommandsAndLoad()
    {
        using var results = new TemporaryFolder();
        File.WriteAllText(Path.Combine(results.Path, "source.txt"), "c89e01f-dirty\n");
        File.WriteAllText(Path.Combine(results.Path, "commands.txt"), "npm ci  # 17 s\n\ndotnet publish  # 112 s\n");
        File.WriteAllText(Path.Combine(results.Path, "uptime-start.txt"), " 08:19:20 up 21:30,  load average: 0.58, 1.33, 1.77\n");

        var run = RunContext.Read(results.Path, wallSeconds: 731);

        Assert.Equal("c89e01f-dirty", run.Source);
        Assert.Equal(["npm ci  # 17 s", "dotnet publish  # 112 s"], run.Commands);
        Assert.Equal("08:19:20 up 21:30,  load average: 0.58, 1.33, 1.77", run.UptimeStart);
        Assert.Equal("not recorded", run.UptimeEnd);
        Assert.Equal(731, run.WallSeconds);
    }

    [Fact]
    public void Read_ResultsWithoutSource_SaysNotRecorded()
    {
        using var results = new TemporaryFolder();

        Assert.Equal("not recorded", RunContext.Read(results.Path, wallSeconds: null).Source);
    }
}
