using System.Text.Json;

namespace AliaBatch.Benchmarks.Measurement;

/// <summary>Reads and writes the JSON result files the benchmark commands exchange (camelCase, indented).</summary>
internal static class ResultFiles
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Write<T>(string path, T value)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(value, s_options));
    }

    /// <summary>The file's content, or null when the file does not exist (a step that was not run).</summary>
    public static T? Read<T>(string path)
        where T : class =>
        File.Exists(path) ? JsonSerializer.Deserialize<T>(File.ReadAllText(path), s_options) : null;
}
