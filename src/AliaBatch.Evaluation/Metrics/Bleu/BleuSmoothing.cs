namespace AliaBatch.Evaluation.Metrics.Bleu;

/// <summary>BLEU smoothing methods (Chen and Cherry 2014), as named by sacreBLEU.</summary>
public enum BleuSmoothing
{
    /// <summary><c>exp</c>: NIST geometric smoothing (mteval-v13a), sacreBLEU's default.</summary>
    Exponential,

    /// <summary><c>floor</c>: zero counts replaced by a small value (default 0.1).</summary>
    Floor,

    /// <summary><c>add-k</c>: k added to counts and totals of orders above 1 (default 1).</summary>
    AddK,

    /// <summary><c>none</c>: no smoothing.</summary>
    None,
}
