namespace AliaBatch.ModelBuilder.Graph;

/// <summary>Transformer building blocks expressed in plain opset-17 operators.</summary>
internal sealed partial class OnnxGraphBuilder
{
    /// <summary>Standard deviation of the random projection weights (the Hugging Face initializer range).</summary>
    public const float WeightScale = 0.02f;

    /// <summary>
    /// A Gemm-free linear layer: <c>MatMul(x, W) (+ b)</c>. The weight is stored as [in, out], i.e. the
    /// transpose of the PyTorch <c>nn.Linear.weight</c>, as the exporters fold it.
    /// </summary>
    public string Linear(string x, string weightName, long inFeatures, long outFeatures, bool bias)
    {
        var weight = RandomWeight($"{weightName}.weight", [inFeatures, outFeatures], 0f, WeightScale);
        var y = Node("MatMul", [x, weight]);
        return bias ? Node("Add", [y, RandomWeight($"{weightName}.bias", [outFeatures], 0f, WeightScale)]) : y;
    }

    /// <summary>LayerNormalization over the last axis with a random scale around 1 and a random shift.</summary>
    public string LayerNorm(string x, string weightName, long hidden, float epsilon)
    {
        var scale = RandomWeight($"{weightName}.weight", [hidden], 1f, WeightScale);
        var shift = RandomWeight($"{weightName}.bias", [hidden], 0f, WeightScale);
        return Node("LayerNormalization", [x, scale, shift], OnnxAttributes.Int("axis", -1), OnnxAttributes.Float("epsilon", epsilon));
    }

    /// <summary>Llama RMSNorm: <c>w * x / sqrt(mean(x²) + eps)</c>, computed in fp32 like the reference implementation.</summary>
    public string RmsNorm(string x, string weightName, long hidden, float epsilon)
    {
        var scale = RandomWeight($"{weightName}.weight", [hidden], 1f, WeightScale);
        var x32 = Cast(x, Float);
        var meanSquare = Node("ReduceMean", [Node("Mul", [x32, x32])], OnnxAttributes.Ints("axes", -1), OnnxAttributes.Int("keepdims", 1));
        var rms = Node("Sqrt", [Node("Add", [meanSquare, ScalarConstant(epsilon, Float)])]);
        return Node("Mul", [Cast(Node("Div", [x32, rms]), ComputeType), scale]);
    }

    /// <summary>Exact GELU as in BERT/RoBERTa (<c>hidden_act = "gelu"</c>): <c>0.5 x (1 + erf(x / √2))</c>.</summary>
    public string Gelu(string x)
    {
        var erf = Node("Erf", [Node("Div", [x, ScalarConstant(MathF.Sqrt(2f), ComputeType)])]);
        var onePlus = Node("Add", [erf, ScalarConstant(1f, ComputeType)]);
        return Node("Mul", [Node("Mul", [x, onePlus]), ScalarConstant(0.5f, ComputeType)]);
    }

    /// <summary>SiLU (swish): <c>x · sigmoid(x)</c>.</summary>
    public string Silu(string x) => Node("Mul", [x, Node("Sigmoid", [x])]);

    /// <summary>Softmax over the last axis.</summary>
    public string Softmax(string x) => Node("Softmax", [x], OnnxAttributes.Int("axis", -1));

    /// <summary>Embedding lookup of int64 ids in a [rows, width] table.</summary>
    public string Embedding(string ids, string weightName, long rows, long width) =>
        Node("Gather", [RandomWeight(weightName, [rows, width], 0f, WeightScale), ids], OnnxAttributes.Int("axis", 0));

    /// <summary>
    /// Converts between the compute type and fp32; a no-op in fp32 models, where both are the same type.
    /// </summary>
    public string Cast(string x, int elementType) =>
        ComputeType == Float ? x : Node("Cast", [x], OnnxAttributes.Int("to", elementType));

    /// <summary>Reshapes <paramref name="x"/> to a constant shape (0 copies the input dimension, -1 is inferred).</summary>
    public string Reshape(string x, params long[] shape) => Node("Reshape", [x, Int64Constant(shape)]);

    /// <summary>Transposes <paramref name="x"/> with permutation <paramref name="perm"/>.</summary>
    public string Transpose(string x, params long[] perm) => Node("Transpose", [x], OnnxAttributes.Ints("perm", perm));

    /// <summary>Inserts axes of size 1.</summary>
    public string Unsqueeze(string x, params long[] axes) => Node("Unsqueeze", [x, Int64Constant(axes)]);

    /// <summary>Dimension <paramref name="axis"/> of <paramref name="x"/> as an int64 scalar.</summary>
    public string Dimension(string x, long axis) =>
        Node("Gather", [Node("Shape", [x]), Int64Constant([axis], scalar: true)], OnnxAttributes.Int("axis", 0));

    /// <summary>
    /// Replaces the attention scores where <paramref name="allowed"/> is false by the lowest finite value
    /// (a select rather than an additive bias, so fully masked rows stay finite and softmax stays NaN-free).
    /// </summary>
    public string MaskScores(string scores, string allowed) =>
        Node("Where", [allowed, scores, ScalarConstant(float.MinValue, Float)]);
}
