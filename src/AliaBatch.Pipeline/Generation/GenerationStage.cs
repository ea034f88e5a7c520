using System.Diagnostics;
using AliaBatch.Core.Results;
using AliaBatch.Inference.Generation;

namespace AliaBatch.Pipeline.Generation;

/// <summary>Runs prompts through a loaded generator (sharing batches with concurrent documents) and describes the run for provenance.</summary>
internal static class GenerationStage
{
    public const string Component = "generator:onnx-decoder/1";

    public static async Task<(IReadOnlyList<string> Texts, StageProvenance Provenance)> RunAsync(
        LoadedGenerator model,
        string stage,
        PromptTemplate template,
        IReadOnlyList<GenerationPrompt> prompts,
        GenerationOptions options,
        CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var results = await model.Coalescer.GenerateAsync(prompts, options, cancellationToken);
        var provenance = new StageProvenance
        {
            Stage = stage,
            Component = Component,
            Model = model.ModelId,
            ModelSha256 = model.ModelSha256,
            PromptTemplate = template.Id,
            ExecutionProvider = model.Generator.Session.ExecutionProvider.ToString(),
            TokensIn = results.Sum(r => r.TokensIn),
            TokensOut = results.Sum(r => r.TokensOut),
            DurationMs = stopwatch.Elapsed.TotalMilliseconds,
        };
        return ([.. results.Select(r => r.Text.Trim())], provenance);
    }

    /// <summary>Decoding settings capped at the model's context (prompt and generated tokens together).</summary>
    public static GenerationOptions Options(LoadedGenerator model, int maxNewTokens, int beams = 1) => new()
    {
        MaxNewTokens = maxNewTokens,
        NumBeams = beams,
        MaxLength = model.Generator.Defaults.ContextLength,
    };
}
