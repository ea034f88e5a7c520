using System.Text.RegularExpressions;

namespace AliaBatch.Evaluation.Metrics.Text;

/// <summary>The punctuation rules of mteval-v13a, shared by sacreBLEU's 13a tokenizer and tercom's normaliser.</summary>
internal static partial class MtevalPatterns
{
    /// <summary>ASCII symbols that become separate tokens.</summary>
    [GeneratedRegex(@"([{-~\[-`\x20-&(-+:-@/])", RegexOptions.CultureInvariant)]
    public static partial Regex AsciiSymbol();

    /// <summary>A period or comma after a non-digit.</summary>
    [GeneratedRegex(@"([^0-9])([.,])", RegexOptions.CultureInvariant)]
    public static partial Regex PeriodCommaAfterNonDigit();

    /// <summary>A period or comma before a non-digit.</summary>
    [GeneratedRegex(@"([.,])([^0-9])", RegexOptions.CultureInvariant)]
    public static partial Regex PeriodCommaBeforeNonDigit();

    /// <summary>A dash after a digit.</summary>
    [GeneratedRegex(@"([0-9])(-)", RegexOptions.CultureInvariant)]
    public static partial Regex DashAfterDigit();
}
