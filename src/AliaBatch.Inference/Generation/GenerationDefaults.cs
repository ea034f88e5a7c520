using System.Text.Json;

namespace AliaBatch.Inference.Generation;

/// <summary>
/// A model folder's EOS and pad ids, from <c>generation_config.json</c>, else <c>genai_config.json</c>, else
/// <c>config.json</c>; and its context length, from <c>genai_config.json</c> (<c>model.context_length</c>), else
/// <c>config.json</c> (<c>max_position_embeddings</c>).
/// </summary>
/// <param name="EosTokenIds">Ids that end a sequence.</param>
/// <param name="PadTokenId">The pad id, when one is declared.</param>
public sealed record GenerationDefaults(IReadOnlyList<int> EosTokenIds, int? PadTokenId)
{
    /// <summary>The most tokens (prompt and generated) the model attends over; null when the folder does not say.</summary>
    public int? ContextLength { get; init; }

    /// <summary>Reads the first of the three files that names an EOS id.</summary>
    /// <exception cref="InvalidDataException">None of the files names an EOS id; the message lists where it looked.</exception>
    public static GenerationDefaults Read(string modelFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelFolder);
        foreach (var (file, section) in new[] { ("generation_config.json", (string?)null), ("genai_config.json", "model"), ("config.json", null) })
        {
            var path = Path.Combine(modelFolder, file);
            if (!File.Exists(path))
            {
                continue;
            }

            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = section is null ? document.RootElement : document.RootElement.GetProperty(section);
            if (root.TryGetProperty("eos_token_id", out var eos) && eos.ValueKind != JsonValueKind.Null)
            {
                IReadOnlyList<int> ids = eos.ValueKind == JsonValueKind.Array ? [.. eos.EnumerateArray().Select(e => e.GetInt32())] : [eos.GetInt32()];
                int? pad = root.TryGetProperty("pad_token_id", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : null;
                return new GenerationDefaults(ids, pad) { ContextLength = ReadContextLength(modelFolder) };
            }
        }

        throw new InvalidDataException($"No eos_token_id in generation_config.json, genai_config.json or config.json under '{modelFolder}'.");
    }

    /// <summary>The context length declared by <c>genai_config.json</c> or <c>config.json</c>, or null.</summary>
    public static int? ReadContextLength(string modelFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelFolder);
        foreach (var (file, section, property) in new[] { ("genai_config.json", (string?)"model", "context_length"), ("config.json", null, "max_position_embeddings") })
        {
            var path = Path.Combine(modelFolder, file);
            if (!File.Exists(path))
            {
                continue;
            }

            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            if (section is not null && !root.TryGetProperty(section, out root))
            {
                continue;
            }

            if (root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var length) && length > 0)
            {
                return length;
            }
        }

        return null;
    }
}
