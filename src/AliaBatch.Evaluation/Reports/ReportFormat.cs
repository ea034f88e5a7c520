using System.Globalization;
using System.Net;

namespace AliaBatch.Evaluation.Reports;

/// <summary>Number and text formatting shared by the Markdown and HTML reports.</summary>
internal static class ReportFormat
{
    public static string Points(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    public static string Points(double? value) => value is { } v ? Points(v) : "–";

    public static string Delta(double? delta) => delta switch
    {
        null => "–",
        >= 0 => "+" + Points(delta.Value),
        _ => "−" + Points(-delta.Value),
    };

    public static string Milliseconds(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    public static string Html(string text) => WebUtility.HtmlEncode(text);

    public static string Timestamp(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm:ss 'UTC'zzz", CultureInfo.InvariantCulture);
}
