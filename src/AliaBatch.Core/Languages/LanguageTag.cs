using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace AliaBatch.Core.Languages;

/// <summary>
/// A BCP-47 language tag such as <c>es</c>, <c>ca-valencia</c> or <c>oc-aranes</c>, kept in its
/// canonical lower-case form so tags compare by value.
/// </summary>
[JsonConverter(typeof(LanguageTagJsonConverter))]
public readonly partial record struct LanguageTag
{
    /// <summary>Spanish.</summary>
    public static readonly LanguageTag Spanish = new("es");
    /// <summary>Catalan.</summary>
    public static readonly LanguageTag Catalan = new("ca");
    /// <summary>Valencian, the Valencian standard of Catalan.</summary>
    public static readonly LanguageTag Valencian = new("ca-valencia");
    /// <summary>Basque.</summary>
    public static readonly LanguageTag Basque = new("eu");
    /// <summary>Galician.</summary>
    public static readonly LanguageTag Galician = new("gl");
    /// <summary>English.</summary>
    public static readonly LanguageTag English = new("en");
    /// <summary>Portuguese.</summary>
    public static readonly LanguageTag Portuguese = new("pt");
    /// <summary>French.</summary>
    public static readonly LanguageTag French = new("fr");
    /// <summary>Italian.</summary>
    public static readonly LanguageTag Italian = new("it");
    /// <summary>Occitan.</summary>
    public static readonly LanguageTag Occitan = new("oc");
    /// <summary>Aranese, the Occitan of the Val d'Aran.</summary>
    public static readonly LanguageTag Aranese = new("oc-aranes");
    /// <summary>Undetermined: text too short or too ambiguous to call.</summary>
    public static readonly LanguageTag Undetermined = new("und");

    private LanguageTag(string value) => Value = value;

    /// <summary>The canonical (lower-case) tag.</summary>
    public string Value { get => field ?? "und"; }

    /// <summary>The primary language subtag: <c>ca</c> for <c>ca-valencia</c>.</summary>
    public LanguageTag Language
    {
        get
        {
            var dash = Value.IndexOf('-', StringComparison.Ordinal);
            return dash < 0 ? this : new LanguageTag(Value[..dash]);
        }
    }

    /// <summary>True for <see cref="Undetermined"/>.</summary>
    public bool IsUndetermined => Value == "und";

    /// <summary>Parses a tag, throwing <see cref="FormatException"/> with the offending text when it is not BCP-47.</summary>
    public static LanguageTag Parse(string value) =>
        TryParse(value, out var tag)
            ? tag
            : throw new FormatException($"'{value}' is not a BCP-47 language tag (expected e.g. 'es', 'ca-valencia', 'oc-aranes').");

    /// <summary>Parses a tag; returns false when the text is not a well-formed BCP-47 tag.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out LanguageTag tag)
    {
        if (value is not null && TagPattern().IsMatch(value))
        {
            tag = new LanguageTag(value.Replace('_', '-').ToLowerInvariant());
            return true;
        }

        tag = default;
        return false;
    }

    /// <summary>True when this tag is <paramref name="other"/> or one of its regional/variant forms.</summary>
    public bool IsWithin(LanguageTag other) =>
        Value == other.Value || Value.StartsWith(other.Value + "-", StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Value;

    [GeneratedRegex("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
