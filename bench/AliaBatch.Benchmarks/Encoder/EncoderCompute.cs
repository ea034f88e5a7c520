using Onnx;

namespace AliaBatch.Benchmarks.Encoder;

/// <summary>
/// The arithmetic an encoder's forward pass must do, counted from its ONNX graph: every <c>MatMul</c>/<c>Gemm</c> with a
/// 2-D weight on the way to the token-states output costs <c>k × n</c> multiply-adds per token, and each attention layer
/// (one <c>Softmax</c>) adds <c>2 × T × width</c> per token of a T-token sentence (scores and weighted values). Only real
/// tokens count: padding is work a method chose to do, not work the inputs need.
/// </summary>
/// <param name="MatMulMacsPerToken">Multiply-adds per token in the weight matrix products.</param>
/// <param name="AttentionLayers">Softmax nodes on the way to the output.</param>
/// <param name="AttentionWidth">Width of the attention (heads × head size; the hidden size in BERT-style encoders).</param>
/// <param name="LargestWeight">Rows and columns of the largest weight matrix (the feed-forward one in BERT).</param>
internal sealed record EncoderCompute(long MatMulMacsPerToken, int AttentionLayers, int AttentionWidth, (int Rows, int Columns) LargestWeight)
{
    /// <summary>Counts the graph of <paramref name="modelPath"/> that produces <paramref name="outputName"/>.</summary>
    /// <exception cref="InvalidDataException">The model has no such output.</exception>
    public static EncoderCompute FromModel(string modelPath, string outputName, int attentionWidth)
    {
        ModelProto model;
        using (var stream = File.OpenRead(modelPath))
        {
            model = ModelProto.Parser.ParseFrom(stream);
        }

        if (model.Graph.Output.All(o => o.Name != outputName))
        {
            throw new InvalidDataException($"Model '{modelPath}' has no output '{outputName}' (outputs: {string.Join(", ", model.Graph.Output.Select(o => o.Name))}).");
        }

        var weights = model.Graph.Initializer.Where(t => t.Dims.Count == 2).ToDictionary(t => t.Name, t => (Rows: (int)t.Dims[0], Columns: (int)t.Dims[1]));
        long macs = 0;
        var layers = 0;
        var largest = (Rows: 0, Columns: 0);
        foreach (var node in NodesLeadingTo(model.Graph, outputName))
        {
            if (node.OpType == "Softmax")
            {
                layers++;
            }
            else if (node.OpType is "MatMul" or "Gemm" && node.Input.Count > 1 && weights.TryGetValue(node.Input[1], out var weight))
            {
                macs += (long)weight.Rows * weight.Columns;
                largest = (long)weight.Rows * weight.Columns > (long)largest.Rows * largest.Columns ? weight : largest;
            }
        }

        return new EncoderCompute(macs, layers, attentionWidth, largest);
    }

    /// <summary>Floating-point operations (2 per multiply-add) to encode one sentence of <paramref name="tokens"/> tokens.</summary>
    public double FlopsPerSentence(int tokens) =>
        2.0 * tokens * (MatMulMacsPerToken + (2.0 * AttentionLayers * tokens * AttentionWidth));

    /// <summary>The nodes whose outputs <paramref name="outputName"/> depends on (the pooler of a BERT export is not one).</summary>
    private static IEnumerable<NodeProto> NodesLeadingTo(GraphProto graph, string outputName)
    {
        var producers = new Dictionary<string, NodeProto>(StringComparer.Ordinal);
        foreach (var node in graph.Node)
        {
            foreach (var output in node.Output)
            {
                producers[output] = node;
            }
        }

        var seen = new HashSet<NodeProto>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<string>([outputName]);
        while (pending.TryPop(out var value))
        {
            if (producers.TryGetValue(value, out var node) && seen.Add(node))
            {
                yield return node;
                foreach (var input in node.Input)
                {
                    pending.Push(input);
                }
            }
        }
    }
}
