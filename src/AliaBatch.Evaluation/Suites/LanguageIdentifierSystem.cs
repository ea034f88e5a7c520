using System.Diagnostics;
using AliaBatch.Text.Languages;

namespace AliaBatch.Evaluation.Suites;

/// <summary>
/// Runs a <see cref="LanguageIdentifier"/> over a language-identification suite, so the suite can be evaluated
/// end to end without the job pipeline: each item's output is the detected primary language
/// (<c>ca</c> for Valencian, <c>und</c> for text too short to call) with its measured latency.
/// </summary>
public static class LanguageIdentifierSystem
{
    /// <summary>The system name of the embedded language model in reports.</summary>
    public const string DefaultSystemName = "aliabatch-langid";

    /// <summary>Detects the language of every item.</summary>
    /// <param name="suite">A language-identification suite.</param>
    /// <param name="identifier">The identifier; <see cref="LanguageIdentifier.Default"/> when null.</param>
    /// <param name="systemName">The system's name in reports.</param>
    /// <returns>The outputs, with latencies and the run's elapsed time.</returns>
    /// <exception cref="ArgumentException">The suite is not a language-identification suite.</exception>
    public static SystemOutputs Run(Suite suite, LanguageIdentifier? identifier = null, string systemName = DefaultSystemName)
    {
        ArgumentNullException.ThrowIfNull(suite);
        if (suite.Manifest.Task != SuiteTask.LanguageIdentification)
        {
            throw new ArgumentException($"Suite '{suite.Id}' is not a language-identification suite.", nameof(suite));
        }

        identifier ??= LanguageIdentifier.Default;

        // The first detection compiles the scoring path; latencies should measure detection, not the JIT.
        identifier.Detect(suite.Items[0].Source);
        var outputs = new Dictionary<string, SystemOutput>(StringComparer.Ordinal);
        var run = Stopwatch.GetTimestamp();
        foreach (var item in suite.Items)
        {
            var start = Stopwatch.GetTimestamp();
            var detected = identifier.Detect(item.Source).Language.Language.Value;
            outputs[item.Id] = new SystemOutput(detected) { LatencyMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds };
        }

        return new SystemOutputs(systemName, outputs) { ElapsedSeconds = Stopwatch.GetElapsedTime(run).TotalSeconds };
    }
}
