namespace AliaBatch.Evaluation.Metrics;

/// <summary>The reference implementations whose behaviour these metrics reproduce.</summary>
public static class SacreBleuVersion
{
    /// <summary>The sacreBLEU release whose BLEU and chrF computation is reproduced; printed in signatures.</summary>
    public const string Version = "2.4.2";

    /// <summary>The rouge-score (Google) release whose ROUGE computation is reproduced.</summary>
    public const string RougeScoreVersion = "0.1.2";
}
