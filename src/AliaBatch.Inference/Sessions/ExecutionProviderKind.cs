namespace AliaBatch.Inference.Sessions;

/// <summary>The ONNX Runtime execution provider to run models on.</summary>
public enum ExecutionProviderKind
{
    /// <summary>Try CUDA and fall back to the CPU when no usable GPU or CUDA runtime is found.</summary>
    Auto,

    /// <summary>The default CPU execution provider.</summary>
    Cpu,

    /// <summary>The CUDA execution provider (falls back to the CPU unless <see cref="InferenceOptions.RequireGpu"/>).</summary>
    Cuda,
}
