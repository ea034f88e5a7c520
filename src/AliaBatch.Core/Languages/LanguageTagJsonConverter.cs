using System.Text.Json;
using System.Text.Json.Serialization;

namespace AliaBatch.Core.Languages;

/// <summary>Reads and writes <see cref="LanguageTag"/> as its string form.</summary>
public sealed class LanguageTagJsonConverter : JsonConverter<LanguageTag>
{
    /// <inheritdoc />
    public override LanguageTag Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return LanguageTag.TryParse(text, out var tag)
            ? tag
            : throw new JsonException($"'{text}' is not a BCP-47 language tag.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LanguageTag value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);

    /// <inheritdoc />
    public override LanguageTag ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, LanguageTag value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Value);
}
