using AliaBatch.Inference.Sessions;
using Microsoft.ML.OnnxRuntime;

namespace AliaBatch.Inference.Packs;

/// <summary>CPU sessions without graph optimisation: the quickest load that proves a graph valid and exposes its inputs and outputs.</summary>
internal static class MetadataSessions
{
    public static OnnxSessionFactory Create() => new(new InferenceOptions
    {
        ExecutionProvider = ExecutionProviderKind.Cpu,
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL,
    });
}
