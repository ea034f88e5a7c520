using AliaBatch.Benchmarks.Reporting;
using Xunit;

namespace AliaBatch.Benchmarks.Tests.Reporting;

public sealed class BenchmarkReportTests
{
    [Fact]
    public void LoadWarning_QuietStart_IsNone() =>
        Assert.Null(BenchmarkReport.LoadWarning(" 03:39:47 up 16:50,  0 user,  load average: 0.31, 1.27, 1.98", cores: 2));

    [Fact]
    public void LoadWarning_BusyStart_GivesTheLoadAndCores()
    {
        var warning = BenchmarkReport.LoadWarning(" 03:39:47 up 16:50,  0 user,  load average: 2.54, 2.27, 1.98", cores: 2);

        Assert.NotNull(warning);
        Assert.Contains("2.54 on 2 cores when the run started", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadWarning_NoLoadReading_IsNone() =>
        Assert.Null(BenchmarkReport.LoadWarning("", cores: 2));
}
