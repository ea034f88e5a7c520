using System.Text.Encodings.Web;
using System.Text.Json;
using System.Collections;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AliaBatch.Evaluation.Suites;

/// <summary>The JSON dialect of suite files: camelCase, nulls omitted, unknown fields rejected so typos surface.</summary>
internal static class SuiteJson
{
    public static JsonSerializerOptions Manifest { get; } = Create(writeIndented: true);

    public static JsonSerializerOptions Item { get; } = Create(writeIndented: false);

    private static JsonSerializerOptions Create(bool writeIndented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = writeIndented,
            IndentSize = 2,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            NewLine = "\n",
            TypeInfoResolver = new DefaultJsonTypeInfoResolver().WithAddedModifier(OmitEmptyLists),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    // Optional lists (pairs, labels, references) are left out when empty so each task's files stay minimal.
    private static void OmitEmptyLists(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = (_, value) => value is not ICollection { Count: 0 };
            }
        }
    }
}
