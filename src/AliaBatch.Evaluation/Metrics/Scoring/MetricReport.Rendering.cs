using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AliaBatch.Evaluation.Metrics.Scoring;

public sealed partial record MetricReport
{
    private static readonly JsonWriterOptions s_jsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The JSON object for <c>--json</c>: <c>metric</c>, <c>name</c>, <c>score</c> (unrounded),
    /// <c>signature</c>, plus <c>verbose_score</c> (BLEU), <c>precision</c>/<c>recall</c>/<c>fmeasure</c> and
    /// <c>variants</c> (ROUGE), or <c>accuracy</c>, F1 averages, <c>per_class</c> and <c>confusion</c> (classification).
    /// </summary>
    /// <returns>The indented JSON text.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_jsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("metric", Metric);
            writer.WriteString("name", Name);
            writer.WriteNumber("score", Score);
            writer.WriteString("signature", Signature);
            writer.WriteNumber("segments", Segments);
            if (Bleu is not null)
            {
                writer.WriteString("verbose_score", Bleu.Verbose);
            }

            WriteRouge(writer);
            WriteClassification(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// sacreBLEU-style text: <c>BLEU|signature = 42.1 73.5/51.2/35.0/25.1 (BP = … ref_len = …)</c>,
    /// <c>chrF2|signature = 52.0</c>; one line per ROUGE variant; per-class lines for F1.
    /// </summary>
    /// <returns>The text, without a trailing newline.</returns>
    public string ToText()
    {
        var inv = CultureInfo.InvariantCulture;
        if (Bleu is not null)
        {
            return Bleu.Format(Signature, Width);
        }

        if (Rouge is not null)
        {
            return string.Join('\n', Rouge.Select(pair => string.Create(
                inv,
                $"{pair.Key}|{Signature} = {pair.Value.FMeasure:F4} (P = {pair.Value.Precision:F4} R = {pair.Value.Recall:F4})")));
        }

        if (Classification is not null && Metric == MetricNames.F1)
        {
            var c = Classification;
            var lines = new List<string>
            {
                string.Create(inv, $"{Name}|{Signature} = {c.MacroF1:F4} (micro = {c.MicroF1:F4} weighted = {c.WeightedF1:F4})"),
            };
            lines.AddRange(c.PerClass.Select(k => string.Create(
                inv,
                $"  {k.Label}: P = {k.Precision:F4} R = {k.Recall:F4} F1 = {k.F1:F4} support = {k.Support}")));
            return string.Join('\n', lines);
        }

        var format = Classification is not null ? "F4" : "F" + Width.ToString(inv);
        return $"{Name}|{Signature} = {Score.ToString(format, inv)}";
    }

    private void WriteRouge(Utf8JsonWriter writer)
    {
        if (Rouge is null)
        {
            return;
        }

        if (Rouge.TryGetValue(ScoreRunner.RougeHeadline, out var headline))
        {
            writer.WriteNumber("precision", headline.Precision);
            writer.WriteNumber("recall", headline.Recall);
            writer.WriteNumber("fmeasure", headline.FMeasure);
        }

        writer.WriteStartObject("variants");
        foreach (var (variant, score) in Rouge)
        {
            writer.WriteStartObject(variant);
            writer.WriteNumber("precision", score.Precision);
            writer.WriteNumber("recall", score.Recall);
            writer.WriteNumber("fmeasure", score.FMeasure);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private void WriteClassification(Utf8JsonWriter writer)
    {
        if (Classification is not { } c)
        {
            return;
        }

        writer.WriteNumber("accuracy", c.Accuracy);
        writer.WriteNumber("micro_f1", c.MicroF1);
        writer.WriteNumber("macro_f1", c.MacroF1);
        writer.WriteNumber("macro_precision", c.MacroPrecision);
        writer.WriteNumber("macro_recall", c.MacroRecall);
        writer.WriteNumber("weighted_f1", c.WeightedF1);
        writer.WriteStartArray("per_class");
        foreach (var k in c.PerClass)
        {
            writer.WriteStartObject();
            writer.WriteString("label", k.Label);
            writer.WriteNumber("precision", k.Precision);
            writer.WriteNumber("recall", k.Recall);
            writer.WriteNumber("f1", k.F1);
            writer.WriteNumber("support", k.Support);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("confusion");
        writer.WriteStartArray("labels");
        foreach (var label in c.Confusion.Labels)
        {
            writer.WriteStringValue(label);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("counts");
        foreach (var row in c.Confusion.Counts)
        {
            writer.WriteStartArray();
            foreach (var count in row)
            {
                writer.WriteNumberValue(count);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
