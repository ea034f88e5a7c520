using System.Diagnostics;
using System.Globalization;
using AliaBatch.Testing;

namespace AliaBatch.Evaluation.Tests.Reports;

/// <summary>Takes screenshots with Debian's <c>chromium</c> package in headless mode, offline and without a profile.</summary>
internal static class HeadlessChromium
{
    public const string InstallHint = "Install it with: apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu-core";

    public static string Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException($"Chromium was not found on PATH; the HTML report screenshot test needs it. {InstallHint}");
    }

    public static async Task<byte[]> ScreenshotAsync(string htmlPath, int width, int height, CancellationToken cancellationToken)
    {
        using var profile = new TemporaryFolder("chromium");
        var png = profile.Combine("screenshot.png");
        var start = new ProcessStartInfo(Find())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--force-color-profile=srgb",
            $"--user-data-dir={profile.Combine("profile")}", $"--screenshot={png}",
            string.Create(CultureInfo.InvariantCulture, $"--window-size={width},{height}"), new Uri(htmlPath).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return File.Exists(png)
            ? await File.ReadAllBytesAsync(png, cancellationToken)
            : throw new InvalidOperationException($"Chromium exited with {process.ExitCode} without writing {png}: {await stderr}");
    }
}
