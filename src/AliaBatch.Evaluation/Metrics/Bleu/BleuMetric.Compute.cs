namespace AliaBatch.Evaluation.Metrics.Bleu;

public sealed partial class BleuMetric
{
    /// <summary>sacreBLEU's default <c>floor</c> smoothing value.</summary>
    public const double DefaultFloor = 0.1;

    /// <summary>sacreBLEU's default <c>add-k</c> smoothing value.</summary>
    public const double DefaultAddK = 1.0;

    // sacreBLEU's my_log: log(0) is a large negative number rather than -inf.
    private const double LogOfZero = -9999999999;

    /// <summary>
    /// BLEU from its sufficient statistics, following sacreBLEU's <c>compute_bleu</c> step by step
    /// (early zero when nothing matches, smoothing per method, effective order, brevity penalty).
    /// </summary>
    /// <param name="correct">Matched n-grams per order.</param>
    /// <param name="total">Hypothesis n-grams per order.</param>
    /// <param name="hypothesisLength">Total hypothesis length.</param>
    /// <param name="referenceLength">Total closest-reference length.</param>
    /// <param name="smoothing">The smoothing method.</param>
    /// <param name="smoothValue">The floor/add-k value, or null for the default.</param>
    /// <param name="effectiveOrder">Whether to use the effective order.</param>
    /// <returns>The score.</returns>
    public static BleuScore Compute(
        ReadOnlySpan<double> correct,
        ReadOnlySpan<double> total,
        long hypothesisLength,
        long referenceLength,
        BleuSmoothing smoothing = BleuSmoothing.Exponential,
        double? smoothValue = null,
        bool effectiveOrder = false)
    {
        if (correct.Length != total.Length)
        {
            throw new ArgumentException("Counts and totals must have the same length.", nameof(total));
        }

        var maxOrder = correct.Length;
        var value = smoothValue ?? smoothing switch
        {
            BleuSmoothing.Floor => DefaultFloor,
            BleuSmoothing.AddK => DefaultAddK,
            _ => 0.0,
        };
        var counts = correct.ToArray();
        var totals = total.ToArray();

        var brevityPenalty = 1.0;
        if (hypothesisLength < referenceLength)
        {
            brevityPenalty = hypothesisLength > 0 ? Math.Exp(1 - ((double)referenceLength / hypothesisLength)) : 0.0;
        }

        var precisions = new double[maxOrder];
        if (Array.TrueForAll(counts, c => c == 0))
        {
            return new BleuScore(0.0, counts, totals, precisions, brevityPenalty, hypothesisLength, referenceLength);
        }

        var smoothMteval = 1.0;
        var usedOrder = maxOrder;
        for (var n = 1; n <= maxOrder; n++)
        {
            if (smoothing == BleuSmoothing.AddK && n > 1)
            {
                counts[n - 1] += value;
                totals[n - 1] += value;
            }

            if (totals[n - 1] == 0)
            {
                break;
            }

            if (effectiveOrder)
            {
                usedOrder = n;
            }

            if (counts[n - 1] == 0)
            {
                if (smoothing == BleuSmoothing.Exponential)
                {
                    smoothMteval *= 2;
                    precisions[n - 1] = 100.0 / (smoothMteval * totals[n - 1]);
                }
                else if (smoothing == BleuSmoothing.Floor)
                {
                    precisions[n - 1] = 100.0 * value / totals[n - 1];
                }
            }
            else
            {
                precisions[n - 1] = 100.0 * counts[n - 1] / totals[n - 1];
            }
        }

        var logSum = 0.0;
        for (var n = 0; n < usedOrder; n++)
        {
            logSum += precisions[n] == 0 ? LogOfZero : Math.Log(precisions[n]);
        }

        var score = brevityPenalty * Math.Exp(logSum / usedOrder);
        return new BleuScore(score, counts, totals, precisions, brevityPenalty, hypothesisLength, referenceLength);
    }
}
