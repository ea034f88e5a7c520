using System.Diagnostics;
using AliaBatch.Benchmarks.Measurement;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Onnx;

namespace AliaBatch.Benchmarks.Encoder;

/// <summary>
/// How fast ONNX Runtime multiplies fp32 matrices on this machine at the encoder's own shapes: a one-node <c>MatMul</c>
/// model (<c>[rows, k] × [k, n]</c> with a constant weight, as in the encoder's feed-forward layer) at the rows of each
/// batch size's pass, run on the same threads both ways the encoder methods use them — one run at a time split across
/// the threads, and one single-threaded run per thread at once. The fastest is the ceiling an encoder made almost
/// entirely of such products can approach; its other operators (normalisation, softmax, activation) only take time
/// away from it.
/// </summary>
internal static class GemmCeiling
{
    private static readonly TimeSpan RunLength = TimeSpan.FromSeconds(0.5);

    /// <summary>Measures every row count both ways <paramref name="runs"/> times, alternating.</summary>
    public static GemmCeilingResults Measure(IReadOnlyList<int> rowCounts, (int Rows, int Columns) weight, int threads, int runs)
    {
        var model = BuildModel(weight.Rows, weight.Columns);
        using var split = CreateSession(model, threads);
        using var single = CreateSession(model, 1);
        var shapes = new List<GemmShapeRates>();
        foreach (var rows in rowCounts)
        {
            var input = RandomInput(rows * weight.Rows);
            var flopsPerRun = 2.0 * rows * weight.Rows * weight.Columns;
            long[] shape = [rows, weight.Rows];
            RunsPerSecond(split, input, shape, 1, TimeSpan.FromMilliseconds(100));
            RunsPerSecond(single, input, shape, threads, TimeSpan.FromMilliseconds(100));
            var splitRates = new List<double>();
            var wholeRates = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                splitRates.Add(flopsPerRun * RunsPerSecond(split, input, shape, 1, RunLength));
                wholeRates.Add(flopsPerRun * RunsPerSecond(single, input, shape, threads, RunLength));
            }

            shapes.Add(new GemmShapeRates(rows, splitRates, wholeRates));
        }

        return new GemmCeilingResults(weight.Rows, weight.Columns, threads, shapes);
    }

    private static float[] RandomInput(int count)
    {
        var random = new Random(7);
        var input = new float[count];
        for (var i = 0; i < input.Length; i++)
        {
            input[i] = (float)((random.NextDouble() * 2) - 1);
        }

        return input;
    }

    /// <summary>Runs the model on <paramref name="callers"/> threads at once for about <paramref name="length"/>; returns runs per second.</summary>
    private static double RunsPerSecond(InferenceSession session, float[] input, long[] shape, int callers, TimeSpan length)
    {
        var completed = 0L;
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, callers).Select(_ => new Thread(() =>
        {
            using var value = OrtValue.CreateTensorValueFromMemory(input, shape);
            using var runOptions = new RunOptions();
            while (stopwatch.Elapsed < length)
            {
                using var outputs = session.Run(runOptions, ["x"], [value], ["y"]);
                Interlocked.Increment(ref completed);
            }
        })).ToArray();
        Array.ForEach(workers, w => w.Start());
        Array.ForEach(workers, w => w.Join());
        return completed / stopwatch.Elapsed.TotalSeconds;
    }

    private static InferenceSession CreateSession(byte[] model, int threads)
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        };
        return new InferenceSession(model, options);
    }

    private static byte[] BuildModel(int inner, int columns)
    {
        var floatType = (int)TensorProto.Types.DataType.Float;
        var weight = new TensorProto { Name = "w", DataType = floatType };
        weight.Dims.Add([inner, columns]);
        var random = new Random(11);
        weight.FloatData.Add(Enumerable.Range(0, inner * columns).Select(_ => (float)((random.NextDouble() - 0.5) * 0.1)));
        var node = new NodeProto { OpType = "MatMul", Name = "matmul" };
        node.Input.Add(["x", "w"]);
        node.Output.Add("y");
        var graph = new GraphProto { Name = "gemm-ceiling" };
        graph.Node.Add(node);
        graph.Initializer.Add(weight);
        graph.Input.Add(FloatMatrix("x", "rows", inner));
        graph.Output.Add(FloatMatrix("y", "rows", columns));
        var model = new ModelProto { IrVersion = 8, ProducerName = "aliabatch-bench", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = 17 });
        return model.ToByteArray();
    }

    private static ValueInfoProto FloatMatrix(string name, string rows, long columns)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = rows });
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = columns });
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } },
        };
    }
}

/// <summary>Matrix-multiply throughput at <c>[rows, Inner] × [Inner, Columns]</c> on <paramref name="Threads"/> threads, per row count.</summary>
internal sealed record GemmCeilingResults(int Inner, int Columns, int Threads, IReadOnlyList<GemmShapeRates> Shapes)
{
    /// <summary>The fastest shape's faster way (median).</summary>
    public double CeilingFlopsPerSecond => Shapes.Max(s => s.BestFlopsPerSecond);
}

/// <summary>FLOP/s of each measured run at one row count: one product at a time split across the threads, and one single-threaded product per thread.</summary>
internal sealed record GemmShapeRates(int Rows, IReadOnlyList<double> SplitFlopsPerSecond, IReadOnlyList<double> WholeRunFlopsPerSecond)
{
    /// <summary>The faster way's median.</summary>
    public double BestFlopsPerSecond => Math.Max(Statistics.Median([.. SplitFlopsPerSecond]), Statistics.Median([.. WholeRunFlopsPerSecond]));
}
