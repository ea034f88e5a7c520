using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AliaBatch.Evaluation.Suites;

public static partial class SuiteLoader
{
    private static SuiteManifest ParseManifest(string json, string file, string? expectedId)
    {
        try
        {
            return ValidateManifest(json, file, expectedId);
        }
        catch (SuiteValidationException ex) when (ex is { Line: null, Field: { } field, Problem: { } problem })
        {
            throw new SuiteValidationException(file, JsonFieldLocator.LineOf(json, field), field, problem, ex.InnerException);
        }
    }

    private static SuiteManifest ValidateManifest(string json, string file, string? expectedId)
    {
        SuiteManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<SuiteManifest>(json, SuiteJson.Manifest);
        }
        catch (JsonException ex)
        {
            throw FromJson(file, null, ex);
        }

        if (manifest is null)
        {
            throw new SuiteValidationException(file, null, null, "expected a JSON object, found null.");
        }

        if (!IdPattern().IsMatch(manifest.Id))
        {
            throw new SuiteValidationException(file, null, "id", $"'{manifest.Id}' is not a suite id (lower-case letters, digits, '.', '-').");
        }

        if (expectedId is not null && manifest.Id != expectedId)
        {
            throw new SuiteValidationException(file, null, "id", $"'{manifest.Id}' must equal the suite's folder name '{expectedId}'.");
        }

        RequireText(file, "version", manifest.Version);
        RequireText(file, "description", manifest.Description);
        RequireText(file, "data.name", manifest.Data.Name);
        RequireText(file, "data.licence", manifest.Data.Licence);
        ValidateMetrics(manifest, file);
        ValidatePairs(manifest, file);
        return manifest;
    }

    private static void ValidateMetrics(SuiteManifest manifest, string file)
    {
        if (manifest.Metrics.Count == 0)
        {
            throw new SuiteValidationException(file, null, "metrics", "list at least one metric.");
        }

        var allowed = SuiteMetricNames.For(manifest.Task);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < manifest.Metrics.Count; i++)
        {
            var metric = manifest.Metrics[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"metrics[{i}]");
            if (!allowed.Contains(metric.Name))
            {
                throw new SuiteValidationException(
                    file, null, field + ".name", $"'{metric.Name}' is not a {Describe(manifest.Task)} metric; expected one of {string.Join(", ", allowed)}.");
            }

            if (!seen.Add(metric.Name))
            {
                throw new SuiteValidationException(file, null, field + ".name", $"'{metric.Name}' is listed twice.");
            }

            if (!double.IsFinite(metric.RegressionThreshold) || metric.RegressionThreshold < 0)
            {
                throw new SuiteValidationException(file, null, field + ".regressionThreshold", "must be a number of points ≥ 0.");
            }
        }
    }

    private static void ValidatePairs(SuiteManifest manifest, string file)
    {
        if (manifest.Task == SuiteTask.Translation && manifest.Pairs.Count == 0)
        {
            throw new SuiteValidationException(file, null, "pairs", "a translation suite lists its language pairs.");
        }

        if (manifest.Task != SuiteTask.Translation && manifest.Pairs.Count > 0)
        {
            throw new SuiteValidationException(file, null, "pairs", $"only translation suites list pairs, this one is {Describe(manifest.Task)}.");
        }

        for (var i = 0; i < manifest.Pairs.Count; i++)
        {
            if (manifest.Pairs[i].Source == manifest.Pairs[i].Target)
            {
                throw new SuiteValidationException(
                    file, null, string.Create(CultureInfo.InvariantCulture, $"pairs[{i}]"), $"source and target are both '{manifest.Pairs[i].Source}'.");
            }
        }
    }

    private static void RequireText(string file, string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new SuiteValidationException(file, null, field, "must not be empty.");
        }
    }

    /// <summary>The task as <c>suite.json</c> spells it.</summary>
    internal static string Describe(SuiteTask task) => task switch
    {
        SuiteTask.Translation => "translation",
        SuiteTask.Summarization => "summarization",
        SuiteTask.Classification => "classification",
        _ => "language-identification",
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
