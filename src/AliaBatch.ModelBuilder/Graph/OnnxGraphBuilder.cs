using System.Globalization;
using Google.Protobuf;
using Onnx;

namespace AliaBatch.ModelBuilder.Graph;

/// <summary>
/// Builds an opset-17 ONNX graph on the OnnxSharp protobuf classes: named inputs and outputs with symbolic
/// dimensions, seeded random initializers, constants and nodes whose outputs are named from the current scope.
/// </summary>
internal sealed partial class OnnxGraphBuilder
{
    /// <summary>ONNX IR version that goes with opset 17.</summary>
    public const long IrVersion = 8;

    /// <summary>The default-domain operator set the graphs are written for.</summary>
    public const long OpsetVersion = 17;

    /// <summary>Producer name written into every model.</summary>
    public const string ProducerName = "AliaBatch.ModelBuilder";

    private readonly GraphProto _graph;
    private readonly GaussianSampler _sampler;
    private readonly TensorStore _store;
    private int _counter;

    public OnnxGraphBuilder(string graphName, ModelPrecision precision, int seed, TensorStore store)
    {
        _graph = new GraphProto { Name = graphName };
        _sampler = new GaussianSampler(seed);
        _store = store;
        ComputeType = precision == ModelPrecision.Fp16
            ? (int)TensorProto.Types.DataType.Float16
            : (int)TensorProto.Types.DataType.Float;
    }

    /// <summary>ONNX element type of weights and activations (FLOAT or FLOAT16).</summary>
    public int ComputeType { get; }

    /// <summary>Gets or sets the prefix of node and value names, e.g. <c>/model/layers.0/self_attn</c>.</summary>
    public string Scope { get; set; } = string.Empty;

    public static int Float => (int)TensorProto.Types.DataType.Float;

    public static int Int64 => (int)TensorProto.Types.DataType.Int64;

    public static int Bool => (int)TensorProto.Types.DataType.Bool;

    /// <summary>Declares a graph input; a dimension is either a <see cref="string"/> parameter or a <see cref="long"/>.</summary>
    public string Input(string name, int elementType, params object[] dimensions)
    {
        _graph.Input.Add(ValueInfo(name, elementType, dimensions));
        return name;
    }

    /// <summary>Declares a graph output produced by the value <paramref name="source"/> (renamed through Identity when needed).</summary>
    public void Output(string name, string source, int elementType, params object[] dimensions)
    {
        if (source != name)
        {
            _graph.Node.Add(NewNode("Identity", [source], [name], $"{Scope}/Identity_{++_counter}", []));
        }

        _graph.Output.Add(ValueInfo(name, elementType, dimensions));
    }

    /// <summary>Adds a node with one output and returns that output's name.</summary>
    public string Node(string opType, string[] inputs, params AttributeProto[] attributes) =>
        Nodes(opType, inputs, 1, attributes)[0];

    /// <summary>Adds a node with <paramref name="outputCount"/> outputs and returns their names.</summary>
    public string[] Nodes(string opType, string[] inputs, int outputCount, params AttributeProto[] attributes)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var nodeName = $"{Scope}/{opType}_{++_counter}";
        var outputs = Enumerable.Range(0, outputCount).Select(i => $"{nodeName}_output_{i}").ToArray();
        _graph.Node.Add(NewNode(opType, inputs, outputs, nodeName, attributes));
        return outputs;
    }

    /// <summary>Adds an initializer of the compute type filled with N(<paramref name="mean"/>, <paramref name="standardDeviation"/>²).</summary>
    public string RandomWeight(string name, long[] dimensions, float mean, float standardDeviation)
    {
        var tensor = NewTensor(name, ComputeType, dimensions);
        _store.Fill(tensor, dimensions.Aggregate(1L, (a, b) => a * b), () => _sampler.Next(mean, standardDeviation));
        _graph.Initializer.Add(tensor);
        return name;
    }

    /// <summary>Adds an initializer of the compute type holding <paramref name="values"/>.</summary>
    public string Weight(string name, long[] dimensions, float[] values)
    {
        var tensor = NewTensor(name, ComputeType, dimensions);
        var index = 0;
        _store.Fill(tensor, values.Length, () => values[index++]);
        _graph.Initializer.Add(tensor);
        return name;
    }

    /// <summary>Adds an int64 constant (a 1-D tensor, or a scalar when <paramref name="scalar"/> is set).</summary>
    public string Int64Constant(long[] values, bool scalar = false)
    {
        var tensor = NewTensor(string.Empty, Int64, scalar ? [] : [values.Length]);
        tensor.Int64Data.Add(values);
        return Node("Constant", [], OnnxAttributes.Tensor("value", tensor));
    }

    /// <summary>Adds a 1-D fp32 constant.</summary>
    public string FloatConstant(float[] values)
    {
        var tensor = NewTensor(string.Empty, Float, [values.Length]);
        tensor.FloatData.Add(values);
        return Node("Constant", [], OnnxAttributes.Tensor("value", tensor));
    }

    /// <summary>Adds a scalar floating-point constant of element type <paramref name="elementType"/>.</summary>
    public string ScalarConstant(float value, int elementType)
    {
        var tensor = NewTensor(string.Empty, elementType, []);
        if (elementType == Float)
        {
            tensor.FloatData.Add(value);
        }
        else
        {
            tensor.RawData = ByteString.CopyFrom(BitConverter.GetBytes((Half)value));
        }

        return Node("Constant", [], OnnxAttributes.Tensor("value", tensor));
    }

    /// <summary>Wraps the graph into an opset-17 model.</summary>
    public ModelProto ToModel(string docString)
    {
        var model = new ModelProto
        {
            IrVersion = IrVersion,
            ProducerName = ProducerName,
            ProducerVersion = typeof(OnnxGraphBuilder).Assembly.GetName().Version?.ToString() ?? "1.0.0",
            DocString = docString,
            Graph = _graph,
        };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = OpsetVersion });
        return model;
    }

    private static NodeProto NewNode(string opType, string[] inputs, string[] outputs, string name, AttributeProto[] attributes)
    {
        var node = new NodeProto { OpType = opType, Name = name };
        node.Input.Add(inputs);
        node.Output.Add(outputs);
        node.Attribute.Add(attributes);
        return node;
    }

    private static TensorProto NewTensor(string name, int elementType, long[] dimensions)
    {
        var tensor = new TensorProto { Name = name, DataType = elementType };
        tensor.Dims.Add(dimensions);
        return tensor;
    }

    private static ValueInfoProto ValueInfo(string name, int elementType, object[] dimensions)
    {
        var shape = new TensorShapeProto();
        foreach (var dimension in dimensions)
        {
            shape.Dim.Add(dimension is string parameter
                ? new TensorShapeProto.Types.Dimension { DimParam = parameter }
                : new TensorShapeProto.Types.Dimension { DimValue = Convert.ToInt64(dimension, CultureInfo.InvariantCulture) });
        }

        var type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = elementType, Shape = shape } };
        return new ValueInfoProto { Name = name, Type = type };
    }
}
