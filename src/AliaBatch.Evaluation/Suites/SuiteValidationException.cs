using System.Globalization;

namespace AliaBatch.Evaluation.Suites;

/// <summary>A suite file is malformed; the message names the file, the line (when known) and the field.</summary>
public sealed class SuiteValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SuiteValidationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public SuiteValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SuiteValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem at a place in a suite file.</summary>
    /// <param name="file">The file, as given to the loader.</param>
    /// <param name="line">The 1-based line, or null when not known.</param>
    /// <param name="field">The JSON path of the field, e.g. <c>references[0]</c>, or null for the whole line.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SuiteValidationException(string file, int? line, string? field, string problem, Exception? innerException = null)
        : base(Describe(file, line, field, problem), innerException)
    {
        File = file;
        Line = line;
        Field = field;
        Problem = problem;
    }

    /// <summary>The offending file.</summary>
    public string? File { get; }

    /// <summary>The 1-based line in <see cref="File"/>, when known.</summary>
    public int? Line { get; }

    /// <summary>The JSON path of the offending field, when known.</summary>
    public string? Field { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string? Problem { get; }

    private static string Describe(string file, int? line, string? field, string problem)
    {
        var place = line is { } l ? string.Create(CultureInfo.InvariantCulture, $"{file}:{l}") : file;
        return field is null ? $"{place}: {problem}" : $"{place}: field '{field}': {problem}";
    }
}
