using System.Text.Json;
using AliaBatch.Core.Serialization;
using AliaBatch.Orchestration.Stores;

namespace AliaBatch.Orchestration.Dispatch;

/// <summary>
/// The text form of a results <see cref="StoreReference"/> in <c>InferenceBatchMessage.ResultsLocation</c>: the reference
/// as compact AliaBatch JSON, e.g. <c>{"kind":"blob","location":"results","prefix":"agency-a"}</c>. JSON rather than a
/// <c>kind:location</c> string because local locations are file paths, which may hold ':' (<c>C:\data</c>).
/// </summary>
public static class ResultsLocation
{
    /// <summary>The text form of <paramref name="reference"/>.</summary>
    public static string Format(StoreReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return JsonSerializer.Serialize(reference, AliaBatchJson.Compact);
    }

    /// <summary>Reads a text form; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static StoreReference Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StoreReference? reference;
        try
        {
            reference = JsonSerializer.Deserialize<StoreReference>(text, AliaBatchJson.Compact);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The results location is not a store reference: {exception.Message}", exception);
        }

        if (reference is null || string.IsNullOrWhiteSpace(reference.Location))
        {
            throw new FormatException($"The results location '{text}' names no store: 'location' is missing.");
        }

        if (!Enum.IsDefined(reference.Kind))
        {
            throw new FormatException($"The results location '{text}' has an unknown kind.");
        }

        return reference;
    }
}
