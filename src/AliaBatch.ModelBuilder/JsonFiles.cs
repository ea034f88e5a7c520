using System.Text.Json;
using System.Text.Json.Nodes;

namespace AliaBatch.ModelBuilder;

/// <summary>Writes the Hugging Face JSON side files with stable, indented formatting.</summary>
internal static class JsonFiles
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(string folder, string fileName, JsonNode content)
    {
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, content.ToJsonString(s_options) + "\n");
        return path;
    }
}
