using System.Text.Json;
using AliaBatch.Inference.Tokenization;

namespace AliaBatch.Benchmarks.Encoder;

/// <summary>
/// Where an encoder's operator time goes: one profiled pass over the corpus in length order, batches of
/// <c>batchSize</c> on one thread, kernel time summed by operator type from ONNX Runtime's profile.
/// </summary>
internal static class OperatorProfile
{
    private static readonly string[] MatrixProducts = ["MatMul", "FusedMatMul", "Gemm", "FusedGemm"];

    /// <summary>
    /// The share of kernel time spent in matrix products (<c>MatMul</c>, <c>Gemm</c> and their fused forms). The profile
    /// is written to <paramref name="profileFolder"/> (default: the temporary folder) and deleted once read.
    /// </summary>
    public static double MatrixProductShare(string modelPath, ITextTokenizer tokenizer, int maxLength, IReadOnlyList<string> texts, int batchSize, string? profileFolder = null)
    {
        var prefix = Path.Combine(profileFolder ?? Path.GetTempPath(), $"aliabatch-bench-profile-{Guid.NewGuid():N}");
        string? profile = null;
        try
        {
            using (var encoder = new PlainOnnxEncoder(modelPath, tokenizer, intraOpThreads: 1, maxLength, prefix))
            {
                encoder.Embed([.. texts.OrderBy(t => tokenizer.Encode(t, addSpecialTokens: true, maxLength).Count)], batchSize);
                profile = encoder.EndProfiling();
            }

            var byOperator = KernelMicroseconds(profile);
            return byOperator.Where(o => MatrixProducts.Contains(o.Key)).Sum(o => o.Value) / byOperator.Values.Sum();
        }
        finally
        {
            if (profile is not null)
            {
                File.Delete(profile);
            }
        }
    }

    private static Dictionary<string, double> KernelMicroseconds(string profile)
    {
        using var stream = File.OpenRead(profile);
        using var document = JsonDocument.Parse(stream);
        var byOperator = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var e in document.RootElement.EnumerateArray())
        {
            if (e.GetProperty("cat").GetString() == "Node"
                && e.GetProperty("name").GetString()!.EndsWith("_kernel_time", StringComparison.Ordinal)
                && e.GetProperty("args").TryGetProperty("op_name", out var op))
            {
                var name = op.GetString()!;
                byOperator[name] = byOperator.GetValueOrDefault(name) + e.GetProperty("dur").GetDouble();
            }
        }

        return byOperator;
    }
}
