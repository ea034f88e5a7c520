using System.Globalization;

namespace AliaBatch.Evaluation.Metrics.Bleu;

/// <summary>A BLEU score with the figures sacreBLEU prints next to it.</summary>
/// <param name="Score">BLEU on a 0..100 scale.</param>
/// <param name="Counts">Matched n-grams per order.</param>
/// <param name="Totals">Hypothesis n-grams per order.</param>
/// <param name="Precisions">The (smoothed) n-gram precisions, 0..100.</param>
/// <param name="BrevityPenalty">The brevity penalty.</param>
/// <param name="HypothesisLength">Total hypothesis tokens.</param>
/// <param name="ReferenceLength">Total closest-reference tokens.</param>
public sealed record BleuScore(
    double Score,
    double[] Counts,
    double[] Totals,
    double[] Precisions,
    double BrevityPenalty,
    long HypothesisLength,
    long ReferenceLength)
{
    /// <summary>Hypothesis length over reference length (0 when there is no reference token).</summary>
    public double Ratio => ReferenceLength == 0 ? 0 : (double)HypothesisLength / ReferenceLength;

    /// <summary>The part sacreBLEU prints after the score, e.g. <c>60.0/40.0/… (BP = 1.000 ratio = …)</c>.</summary>
    public string Verbose
    {
        get
        {
            var inv = CultureInfo.InvariantCulture;
            var precisions = string.Join('/', Precisions.Select(p => p.ToString("F1", inv)));
            return string.Create(
                inv,
                $"{precisions} (BP = {BrevityPenalty:F3} ratio = {Ratio:F3} hyp_len = {HypothesisLength} ref_len = {ReferenceLength})");
        }
    }

    /// <summary>The sacreBLEU text line: <c>BLEU|signature = score verbose</c>.</summary>
    /// <param name="signature">The signature, or empty for none.</param>
    /// <param name="width">Decimals of the score (sacreBLEU's CLI uses 1).</param>
    /// <returns>The formatted line.</returns>
    public string Format(string signature, int width = 1)
    {
        var name = string.IsNullOrEmpty(signature) ? "BLEU" : "BLEU|" + signature;
        var score = Score.ToString("F" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return $"{name} = {score} {Verbose}";
    }
}
