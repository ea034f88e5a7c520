namespace AliaBatch.Evaluation.Metrics;

/// <summary>
/// The inputs to a metric cannot be scored (mismatched line counts, no reference, unknown metric);
/// the message names the offending input. Hosts map it to a usage error rather than a crash.
/// </summary>
public sealed class EvaluationInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EvaluationInputException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong with the inputs.</param>
    public EvaluationInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong with the inputs.</param>
    /// <param name="innerException">The cause.</param>
    public EvaluationInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
