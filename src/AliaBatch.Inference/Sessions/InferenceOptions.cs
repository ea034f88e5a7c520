using System.ComponentModel.DataAnnotations;
using Microsoft.ML.OnnxRuntime;

namespace AliaBatch.Inference.Sessions;

/// <summary>How ONNX Runtime sessions are created (configuration section <c>AliaBatch:Inference</c>).</summary>
public sealed class InferenceOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "AliaBatch:Inference";

    /// <summary>The execution provider to request; <see cref="ExecutionProviderKind.Auto"/> tries CUDA, then the CPU.</summary>
    public ExecutionProviderKind ExecutionProvider { get; set; } = ExecutionProviderKind.Auto;

    /// <summary>The CUDA device ordinal.</summary>
    [Range(0, 64)]
    public int DeviceId { get; set; }

    /// <summary>When true, failing to use CUDA is an error instead of a fallback to the CPU.</summary>
    public bool RequireGpu { get; set; }

    /// <summary>Threads used inside one operator on the CPU; 0 lets ONNX Runtime choose.</summary>
    [Range(0, 1024)]
    public int IntraOpThreads { get; set; }

    /// <summary>The graph optimisation level applied when a session is created.</summary>
    public GraphOptimizationLevel GraphOptimizationLevel { get; set; } = GraphOptimizationLevel.ORT_ENABLE_ALL;
}
