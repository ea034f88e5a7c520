namespace AliaBatch.ModelBuilder;

/// <summary>Element type of the weights and of the floating-point inputs and outputs of a generated model.</summary>
public enum ModelPrecision
{
    /// <summary>IEEE 754 single precision (ONNX <c>FLOAT</c>).</summary>
    Fp32,

    /// <summary>IEEE 754 half precision (ONNX <c>FLOAT16</c>), as fp16 Optimum exports for GPUs have.</summary>
    Fp16,
}
