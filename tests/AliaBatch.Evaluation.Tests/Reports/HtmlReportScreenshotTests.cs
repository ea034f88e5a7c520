using AliaBatch.Evaluation.Reports;
using AliaBatch.Storage;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Evaluation.Tests.Reports;

/// <summary>Renders report.html in headless Chromium and checks in the pixels that the charts are drawn.</summary>
public sealed class HtmlReportScreenshotTests
{
    [Fact]
    public async Task ReportHtml_InHeadlessChromium_DrawsHeatMapBarsAndHistogram()
    {
        using var folder = new TemporaryFolder("report");
        var run = await EvaluationReportWriterTests.SampleRunAsync();
        await EvaluationReportWriter.WriteAsync(new FileSystemObjectStore(folder.Path), run, TestContext.Current.CancellationToken);
        var esCa = run.Results[0].Report.Groups.Single(g => g.Key == "es→ca").Metrics.Single(m => m.Metric == "chrf").Value;

        var png = await HeadlessChromium.ScreenshotAsync(folder.Combine("run-7", "report.html"), 1280, 3200, TestContext.Current.CancellationToken);
        var image = PngImage.Decode(png);

        Assert.Equal((1280, 3200), (image.Width, image.Height));
        Assert.True(png.Length > 20_000, $"the screenshot is only {png.Length} bytes");
        Assert.True(Count(image, EvaluationReportWriter.HeatColor(esCa)) > 1_000, "the es→ca chrF heat-map cell is drawn in its colour");
        Assert.True(Count(image, EvaluationReportWriter.HistogramColor) > 2_000, "the latency histogram bars are drawn");
        Assert.True(Count(image, EvaluationReportWriter.BarColor) > 2_000, "the per-language accuracy bars are drawn");
        Assert.True(Count(image, "#ffffff") > image.Width * image.Height / 2, "the page background is white");
    }

    private static int Count(PngImage image, string hex)
    {
        var (r, g, b) = (Convert.ToByte(hex[1..3], 16), Convert.ToByte(hex[3..5], 16), Convert.ToByte(hex[5..7], 16));
        var count = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var pixel = image[x, y];
                if (Math.Abs(pixel.R - r) <= 2 && Math.Abs(pixel.G - g) <= 2 && Math.Abs(pixel.B - b) <= 2)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
