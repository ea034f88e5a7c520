using System.Text.Json;
using System.Text.Json.Nodes;

namespace AliaBatch.Inference.Packs;

/// <summary>A Hugging Face / Optimum ONNX export folder: its graph, its JSON configuration files and the files a pack takes from it.</summary>
internal sealed partial class ExportFolder
{
    // Current Optimum writes model.onnx; older versions decoder_model_merged.onnx beside decoder_model.onnx and decoder_with_past_model.onnx.
    private static readonly string[] s_graphPreference = ["model.onnx", "decoder_model_merged.onnx"];

    private ExportFolder(string path, string modelFile, JsonObject config, JsonObject? generationConfig, JsonObject? tokenizerConfig)
    {
        Path = path;
        ModelFile = modelFile;
        Config = config;
        GenerationConfig = generationConfig;
        TokenizerConfig = tokenizerConfig;
    }

    public string Path { get; }

    /// <summary>The graph's file name.</summary>
    public string ModelFile { get; }

    public JsonObject Config { get; }

    public JsonObject? GenerationConfig { get; }

    public JsonObject? TokenizerConfig { get; }

    public string FullPath(string name) => System.IO.Path.Combine(Path, name);

    public bool Has(string name) => File.Exists(FullPath(name));

    public static ExportFolder Open(string folder)
    {
        var path = System.IO.Path.GetFullPath(folder);
        if (!Directory.Exists(path))
        {
            throw new ModelPackException($"Export folder '{path}' does not exist.", path);
        }

        var config = ReadJson(path, "config.json")
            ?? throw new ModelPackException($"Export folder '{path}' has no config.json (a Hugging Face / Optimum export writes one).", System.IO.Path.Combine(path, "config.json"));
        return new ExportFolder(path, FindGraph(path), config, ReadJson(path, "generation_config.json"), ReadJson(path, "tokenizer_config.json"));
    }

    /// <summary>The top-level files a pack takes: everything except other graphs and their external data, hidden files and a stale model.json.</summary>
    public IReadOnlyList<string> SelectFiles()
    {
        var otherGraphs = Directory.EnumerateFiles(Path, "*.onnx")
            .Select(System.IO.Path.GetFileName)
            .Where(n => !string.Equals(n, ModelFile, StringComparison.Ordinal))
            .ToList();
        return [.. Directory.EnumerateFiles(Path)
            .Select(f => System.IO.Path.GetFileName(f))
            .Where(n => !n.StartsWith('.') && !string.Equals(n, ModelPackManifest.FileName, StringComparison.Ordinal))
            .Where(n => !otherGraphs.Any(g => n.StartsWith(g!, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The <c>license:</c> of the README's YAML front matter, as the Hugging Face hub writes it.</summary>
    public string? ReadmeLicence()
    {
        if (!Has("README.md"))
        {
            return null;
        }

        var lines = File.ReadLines(FullPath("README.md")).Take(200).ToList();
        if (lines.Count == 0 || lines[0].Trim() != "---")
        {
            return null;
        }

        foreach (var line in lines.Skip(1).TakeWhile(l => l.Trim() != "---"))
        {
            if (line.StartsWith("license:", StringComparison.Ordinal))
            {
                var value = line["license:".Length..].Trim().Trim('"', '\'');
                return value.Length > 0 ? value : null;
            }
        }

        return null;
    }

    private static string FindGraph(string path)
    {
        foreach (var name in s_graphPreference)
        {
            if (File.Exists(System.IO.Path.Combine(path, name)))
            {
                return name;
            }
        }

        var graphs = Directory.EnumerateFiles(path, "*.onnx").Select(System.IO.Path.GetFileName).ToList();
        return graphs.Count == 1
            ? graphs[0]!
            : throw new ModelPackException(
                graphs.Count == 0
                    ? $"Export folder '{path}' holds no .onnx file (expected model.onnx or decoder_model_merged.onnx)."
                    : $"Export folder '{path}' holds several graphs ({string.Join(", ", graphs)}) and none is model.onnx or decoder_model_merged.onnx.",
                path);
    }

    private static JsonObject? ReadJson(string folder, string name)
    {
        var file = System.IO.Path.Combine(folder, name);
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(file)) as JsonObject
                ?? throw new ModelPackException($"'{file}' is not a JSON object.", file);
        }
        catch (JsonException exception)
        {
            throw new ModelPackException($"'{file}' is not valid JSON: {exception.Message}", file, exception);
        }
    }
}
