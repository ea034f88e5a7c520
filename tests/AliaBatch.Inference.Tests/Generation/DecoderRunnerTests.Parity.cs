using System.Text.Json;
using AliaBatch.Inference.Generation;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Inference.Tests.Generation;

public sealed partial class DecoderRunnerTests
{
    /// <summary>
    /// The onnxruntime-genai builder export (fp16, contrib MultiHeadAttention/RotaryEmbedding ops) loaded as-is must
    /// reproduce the greedy sequences that project's own tests assert (shared/external/tiny-llama-fp16/expected.json).
    /// </summary>
    [Fact]
    public void Generate_OnnxRuntimeGenAiTinyLlama_ReproducesItsExpectedGreedySequences()
    {
        var folder = Path.Combine(RepositoryPaths.SharedExternal, "tiny-llama-fp16");
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        var testCase = expected.RootElement.GetProperty("cases")[0];
        int[][] prompts = [.. testCase.GetProperty("input_ids").EnumerateArray().Select(r => r.EnumerateArray().Select(t => t.GetInt32()).ToArray())];
        int[][] sequences = [.. testCase.GetProperty("expected_sequences").EnumerateArray().Select(r => r.EnumerateArray().Select(t => t.GetInt32()).ToArray())];
        var special = expected.RootElement.GetProperty("special_ids");
        var decoder = new DecoderSession(models.Factory.GetSession(Path.Combine(folder, "model.onnx")));
        var runner = new DecoderRunner(decoder, [special.GetProperty("eos").GetInt32()], special.GetProperty("pad").GetInt32());
        var options = new GenerationOptions { MaxLength = testCase.GetProperty("max_length").GetInt32(), NumBeams = testCase.GetProperty("num_beams").GetInt32() };

        var results = runner.Generate(prompts, options, TestContext.Current.CancellationToken);

        Assert.Equal(sequences, results.Select(r => r.Sequence.ToArray()));
        Assert.True(decoder.Info.HasPositionIds);
        Assert.Equal(Microsoft.ML.OnnxRuntime.Tensors.TensorElementType.Float16, decoder.Info.KvElementType);
    }
}
