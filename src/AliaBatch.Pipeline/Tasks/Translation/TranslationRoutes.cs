using AliaBatch.Core.Languages;

namespace AliaBatch.Pipeline.Tasks.Translation;

/// <summary>
/// Which directions the translation model serves (<see cref="Generation.ModelsOptions.TranslationDirections"/>,
/// <c>source&gt;target</c>; none listed means all) and the legs of a translation: the direction itself, or through
/// Spanish when only <c>source&gt;es</c> and <c>es&gt;target</c> are served.
/// </summary>
public static class TranslationRoutes
{
    /// <summary>The language pivot translations go through.</summary>
    public static readonly LanguageTag Pivot = LanguageTag.Spanish;

    /// <summary>The legs from <paramref name="source"/> to <paramref name="target"/>; empty when neither the direction nor a pivot is served.</summary>
    /// <exception cref="FormatException">A direction is not <c>source&gt;target</c> with two language tags.</exception>
    public static IReadOnlyList<(LanguageTag From, LanguageTag To)> Plan(IEnumerable<string> directions, LanguageTag source, LanguageTag target)
    {
        ArgumentNullException.ThrowIfNull(directions);
        var served = directions.Select(Parse).ToList();
        if (served.Count == 0 || Serves(served, source, target))
        {
            return [(source, target)];
        }

        return !source.IsWithin(Pivot) && !target.IsWithin(Pivot) && Serves(served, source, Pivot) && Serves(served, Pivot, target)
            ? [(source, Pivot), (Pivot, target)]
            : [];
    }

    /// <summary>Parses <c>source&gt;target</c>.</summary>
    /// <exception cref="FormatException">The text is not two language tags joined by '&gt;'.</exception>
    public static (LanguageTag From, LanguageTag To) Parse(string direction)
    {
        var parts = (direction ?? string.Empty).Split('>', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && LanguageTag.TryParse(parts[0], out var from) && LanguageTag.TryParse(parts[1], out var to)
            ? (from, to)
            : throw new FormatException($"AliaBatch:Models:TranslationDirections entry '{direction}' is not 'source>target' (e.g. 'eu>es').");
    }

    private static bool Serves(List<(LanguageTag From, LanguageTag To)> served, LanguageTag source, LanguageTag target) =>
        served.Any(d => source.IsWithin(d.From) && target.IsWithin(d.To));
}
