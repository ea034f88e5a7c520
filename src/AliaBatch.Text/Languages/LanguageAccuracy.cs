using AliaBatch.Core.Languages;

namespace AliaBatch.Text.Languages;

/// <summary>How often the identifier was right for one expected language.</summary>
/// <param name="Language">The expected language.</param>
/// <param name="Samples">The number of samples expected in it.</param>
/// <param name="Correct">How many of them were detected as it.</param>
public sealed record LanguageAccuracy(LanguageTag Language, int Samples, int Correct)
{
    /// <summary>The fraction detected correctly, 0 to 1.</summary>
    public double Accuracy => Samples == 0 ? 0 : (double)Correct / Samples;
}
