using System.Globalization;

namespace AliaBatch.Evaluation.Metrics.Chrf;

/// <summary>A chrF or chrF++ score.</summary>
/// <param name="Score">The score on a 0..100 scale.</param>
/// <param name="CharOrder">The character n-gram order.</param>
/// <param name="WordOrder">The word n-gram order.</param>
/// <param name="Beta">The recall weight.</param>
public sealed record ChrfScore(double Score, int CharOrder, int WordOrder, int Beta)
{
    /// <summary>sacreBLEU's name: <c>chrF2</c>, <c>chrF2++</c>.</summary>
    public string Name => "chrF" + Beta.ToString(CultureInfo.InvariantCulture) + new string('+', WordOrder);

    /// <summary>The sacreBLEU text line: <c>chrF2|signature = score</c>.</summary>
    /// <param name="signature">The signature, or empty for none.</param>
    /// <param name="width">Decimals of the score (sacreBLEU's CLI uses 1).</param>
    /// <returns>The formatted line.</returns>
    public string Format(string signature, int width = 1)
    {
        var name = string.IsNullOrEmpty(signature) ? Name : Name + "|" + signature;
        return name + " = " + Score.ToString("F" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
