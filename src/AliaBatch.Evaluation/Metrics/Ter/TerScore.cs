using System.Globalization;

namespace AliaBatch.Evaluation.Metrics.Ter;

/// <summary>A TER score: edits per reference word, on a 0..100+ scale (lower is better).</summary>
/// <param name="Score">100 × edits / average reference length.</param>
/// <param name="Edits">The total number of edits (shifts included).</param>
/// <param name="ReferenceLength">The summed average reference length.</param>
public sealed record TerScore(double Score, double Edits, double ReferenceLength)
{
    /// <summary>The sacreBLEU text line: <c>TER|signature = score</c>.</summary>
    /// <param name="signature">The signature, or empty for none.</param>
    /// <param name="width">Decimals of the score (sacreBLEU's CLI uses 1).</param>
    /// <returns>The formatted line.</returns>
    public string Format(string signature, int width = 1)
    {
        var name = string.IsNullOrEmpty(signature) ? "TER" : "TER|" + signature;
        return name + " = " + Score.ToString("F" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
