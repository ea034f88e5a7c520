using System.Text;

namespace AliaBatch.Evaluation.Metrics.Text;

/// <summary>
/// The few Python <c>str</c> semantics the reference implementations rely on (<c>split()</c>,
/// <c>isspace()</c>, <c>lower()</c>, code-point indexing), reproduced so that scores match them.
/// </summary>
public static class PythonText
{
    /// <summary>True where Python's <c>str.isspace()</c> is true: .NET whitespace plus U+001C..U+001F.</summary>
    /// <param name="c">The character to test.</param>
    /// <returns>Whether Python treats the character as whitespace.</returns>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    /// <summary>Python's argument-less <c>str.split()</c>: runs of whitespace separate, no empty items.</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>The non-empty whitespace-separated fields.</returns>
    public static List<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSpace(text[i]))
            {
                if (start >= 0)
                {
                    parts.Add(text[start..i]);
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        if (start >= 0)
        {
            parts.Add(text[start..]);
        }

        return parts;
    }

    /// <summary>Removes every whitespace character, as Python's <c>''.join(text.split())</c> does.</summary>
    /// <param name="text">The text to compact.</param>
    /// <returns>The text without whitespace.</returns>
    public static string RemoveWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Python's <c>str.rstrip()</c>.</summary>
    /// <param name="text">The text to trim.</param>
    /// <returns>The text without trailing whitespace.</returns>
    public static string RightStrip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = text.Length;
        while (end > 0 && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }

    /// <summary>
    /// Python's <c>str.lower()</c>: invariant lowercasing plus the two context rules .NET lacks,
    /// U+0130 to "i̇" (two code points) and a word-final capital sigma to "ς".
    /// </summary>
    /// <param name="text">The text to lowercase.</param>
    /// <returns>The lowercased text.</returns>
    public static string Lower(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('\u0130', StringComparison.Ordinal) && !text.Contains('\u03A3', StringComparison.Ordinal))
        {
            return text.ToLowerInvariant();
        }

        var builder = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u0130')
            {
                builder.Append("i\u0307");
            }
            else if (c == '\u03A3')
            {
                var afterLetter = i > 0 && char.IsLetter(text[i - 1]);
                var beforeLetter = i + 1 < text.Length && char.IsLetter(text[i + 1]);
                builder.Append(afterLetter && !beforeLetter ? '\u03C2' : '\u03C3');
            }
            else
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Start offsets (in UTF-16 units) of each code point, plus the text length at the end.</summary>
    /// <param name="text">The text to index.</param>
    /// <returns>An array one longer than the number of code points.</returns>
    public static int[] CodePointOffsets(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var offsets = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        offsets.Add(text.Length);
        return [.. offsets];
    }
}
