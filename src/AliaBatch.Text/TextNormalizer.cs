using System.Globalization;
using System.Text;

namespace AliaBatch.Text;

/// <summary>
/// Puts extracted text into one canonical shape before language identification, segmentation and
/// inference, so that offsets and n-gram statistics do not depend on how a document was encoded.
/// </summary>
public static class TextNormalizer
{
    /// <summary>
    /// Normalises <paramref name="text"/>: Unicode NFC; CRLF, CR, U+2028 and U+2029 become LF; other
    /// control and format characters (zero-width spaces and joiners, BOM, soft hyphen, bidi marks) are
    /// removed except LF and TAB; any Unicode space becomes a plain space; a run of spaces and tabs
    /// collapses to one space (one TAB when the run is only tabs); each line is trimmed of spaces and tabs.
    /// Newlines are kept as they are, so paragraph breaks survive.
    /// </summary>
    /// <param name="text">The raw text.</param>
    /// <returns>The normalised text.</returns>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var lineStart = 0;
        var pendingSpace = false;
        var pendingOnlyTabs = true;

        for (var i = 0; i < composed.Length; i++)
        {
            var c = composed[i];
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029')
            {
                if (c == '\r' && i + 1 < composed.Length && composed[i + 1] == '\n')
                {
                    i++;
                }

                builder.Append('\n');
                lineStart = builder.Length;
                pendingSpace = false;
                pendingOnlyTabs = true;
                continue;
            }

            if (c == ' ' || c == '\t' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator)
            {
                pendingOnlyTabs &= c == '\t';
                pendingSpace = true;
                continue;
            }

            if (IsRemoved(c))
            {
                continue;
            }

            if (pendingSpace && builder.Length > lineStart)
            {
                builder.Append(pendingOnlyTabs ? '\t' : ' ');
            }

            pendingSpace = false;
            pendingOnlyTabs = true;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsRemoved(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format;
    }
}
