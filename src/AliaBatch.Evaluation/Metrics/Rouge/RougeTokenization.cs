namespace AliaBatch.Evaluation.Metrics.Rouge;

/// <summary>How ROUGE splits text into tokens.</summary>
public enum RougeTokenization
{
    /// <summary>
    /// rouge-score's default: lowercase, every character outside <c>[a-z0-9]</c> becomes a space.
    /// Accented and other non-ASCII letters are therefore dropped ("acción" gives "acci" and "n").
    /// </summary>
    Default,

    /// <summary>
    /// Unicode-aware: lowercase, NFC-normalise, keep letters, marks and digits of any script;
    /// everything else separates tokens. Use it for es/ca/eu/gl; scores are not comparable with rouge-score's.
    /// </summary>
    Unicode,
}
