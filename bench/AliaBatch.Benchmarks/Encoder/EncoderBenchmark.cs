using System.Diagnostics;
using System.Globalization;
using AliaBatch.Benchmarks.Corpus;
using AliaBatch.Benchmarks.Measurement;
using AliaBatch.Inference.Embeddings;
using AliaBatch.Inference.Sessions;
using AliaBatch.Inference.Tokenization;
using Microsoft.ML.OnnxRuntime;

namespace AliaBatch.Benchmarks.Encoder;

/// <summary>
/// Encoder throughput on all-MiniLM-L6-v2: our length-bucketed <see cref="SentenceEmbedder"/> against a plain ONNX
/// Runtime loop (per sentence, and arrival-order batches), on the same corpus, tokenizer, model file and threads.
/// Every method warms up, then the methods take turns for each measured run so machine noise hits them alike.
/// </summary>
internal sealed class EncoderBenchmark(EncoderSettings settings, TextWriter progress)
{
    private const int ReferenceCount = 8;

    // The operator profile is taken at the batch size the targets judge.
    private const int ProfileBatch = 32;

    public (EncoderResults Results, EncoderInputs Inputs) Run()
    {
        var texts = SpanishCorpus.Generate(settings.Sentences, settings.Seed);
        var files = MiniLmModel.Extract(settings.ModelCacheDirectory);
        var tokenizer = WordPieceTextTokenizer.FromFile(files.VocabularyPath);
        var ids = texts.Select(t => tokenizer.Encode(t, addSpecialTokens: true, MiniLmModel.MaxSequenceLength)).ToArray();
        var lengths = Array.ConvertAll(ids, s => s.Count);
        var unknownId = File.ReadLines(files.VocabularyPath).TakeWhile(l => l.TrimEnd('\r') != "[UNK]").Count();

        using var factory = new OnnxSessionFactory(new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cpu, IntraOpThreads = settings.Threads });
        var session = factory.GetSession(files.ModelPath);
        using var singleThreadFactory = new OnnxSessionFactory(new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cpu, IntraOpThreads = 1 });
        var singleThreadSession = singleThreadFactory.GetSession(files.ModelPath);
        using var plain = new PlainOnnxEncoder(files.ModelPath, tokenizer, settings.Threads, MiniLmModel.MaxSequenceLength);
        var variants = CreateVariants(session, singleThreadSession, tokenizer, plain, lengths);

        foreach (var variant in variants)
        {
            variant.Embed(texts.Take(settings.WarmupSentences).ToArray());
        }

        var seconds = variants.ToDictionary(v => v, _ => new List<double>());
        var firstEmbeddings = new Dictionary<EncoderVariant, IReadOnlyList<float[]>>();
        for (var run = 0; run < settings.Runs; run++)
        {
            // Rotate the order each run so no method always follows the same neighbour.
            for (var k = 0; k < variants.Count; k++)
            {
                var variant = variants[(k + run) % variants.Count];
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var stopwatch = Stopwatch.StartNew();
                var embeddings = variant.Embed(texts);
                stopwatch.Stop();
                seconds[variant].Add(stopwatch.Elapsed.TotalSeconds);
                firstEmbeddings.TryAdd(variant, embeddings);
                progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"encoder run {run + 1}/{settings.Runs} {variant.Method} batch {variant.BatchSize}: {texts.Count / stopwatch.Elapsed.TotalSeconds:F1} sentences/s"));
            }
        }

        var compute = MeasureCompute(files.ModelPath, session, lengths, tokenizer, texts);
        var reference = firstEmbeddings[variants.First(v => v.Method == EncoderMethods.Bucketed)];
        var minCosine = firstEmbeddings.Values.Min(e => MinCosine(reference, e));
        var results = new EncoderResults
        {
            ModelPath = files.ModelPath,
            Sentences = texts.Count,
            Seed = settings.Seed,
            Threads = settings.Threads,
            Runs = settings.Runs,
            TotalTokens = lengths.Sum(),
            MinTokens = lengths.Min(),
            MaxTokens = lengths.Max(),
            UnknownTokens = ids.Sum(s => s.Count(id => id == unknownId)),
            OnnxRuntimeVersion = OrtEnv.Instance().GetVersionString(),
            MinCosineVersusBucketed = minCosine,
            Measurements = [.. variants.Select(v => new EncoderMeasurement(
                v.Method, v.BatchSize, seconds[v], texts.Count / Statistics.Median(seconds[v]), v.PaddingEfficiency))],
            Compute = compute,
        };
        var inputs = new EncoderInputs(files.ModelPath, ids, [.. reference.Take(ReferenceCount)]);
        return (results, inputs);
    }

    private EncoderComputeResults MeasureCompute(string modelPath, OnnxModelSession session, int[] lengths, ITextTokenizer tokenizer, IReadOnlyList<string> texts)
    {
        const string output = "last_hidden_state";
        var compute = EncoderCompute.FromModel(modelPath, output, (int)session.OutputMetadata[output].Dimensions[^1]);
        // The rows of each batch size's pass of average sentences: the matrix shapes the methods multiply.
        var rowCounts = settings.BatchSizes.Select(b => (int)Math.Round(b * lengths.Average())).ToArray();
        var ceiling = GemmCeiling.Measure(rowCounts, compute.LargestWeight, settings.Threads, settings.Runs);
        foreach (var shape in ceiling.Shapes)
        {
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"encoder ceiling: [{shape.Rows}, {ceiling.Inner}] x [{ceiling.Inner}, {ceiling.Columns}] fp32 matmul on {settings.Threads} threads: {shape.BestFlopsPerSecond / 1e9:F1} GFLOP/s"));
        }

        var share = OperatorProfile.MatrixProductShare(modelPath, tokenizer, MiniLmModel.MaxSequenceLength, texts, ProfileBatch);
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"encoder profile: matrix products take {share * 100:F1}% of kernel time at batch {ProfileBatch}"));
        return new EncoderComputeResults(compute.MatMulMacsPerToken, compute.AttentionLayers, lengths.Sum(compute.FlopsPerSentence), ceiling, share);
    }

    private List<EncoderVariant> CreateVariants(OnnxModelSession session, OnnxModelSession singleThreadSession, ITextTokenizer tokenizer, PlainOnnxEncoder plain, int[] lengths)
    {
        var variants = new List<EncoderVariant> { new(EncoderMethods.Naive, 1, t => plain.Embed(t, 1), 1.0) };
        foreach (var batch in settings.BatchSizes.Where(b => b > 1))
        {
            variants.Add(new(EncoderMethods.Arrival, batch, t => plain.Embed(t, batch),
                Statistics.PaddingEfficiency(lengths, Statistics.ArrivalBatches(lengths.Length, batch))));
        }

        foreach (var batch in settings.BatchSizes)
        {
            var options = new EncoderOptions { MaxBatchSize = batch };
            var embedder = new SentenceEmbedder(session, tokenizer, options);
            variants.Add(new(EncoderMethods.Bucketed, batch, t => embedder.EmbedBatch(t),
                Statistics.PaddingEfficiency(lengths, LengthBuckets.Pack(lengths, options.TokenBudget, batch))));
        }

        foreach (var batch in settings.BatchSizes)
        {
            var options = new EncoderOptions { MaxBatchSize = batch, ParallelPasses = settings.Threads };
            var embedder = new SentenceEmbedder(singleThreadSession, tokenizer, options);
            variants.Add(new(EncoderMethods.BucketedParallel, batch, t => embedder.EmbedBatch(t),
                Statistics.PaddingEfficiency(lengths, LengthBuckets.Pack(lengths, options.TokenBudget, batch))));
        }

        return variants;
    }

    private static double MinCosine(IReadOnlyList<float[]> expected, IReadOnlyList<float[]> actual)
    {
        var min = 1.0;
        for (var i = 0; i < expected.Count; i++)
        {
            min = Math.Min(min, SentenceEmbedder.CosineSimilarity(expected[i], actual[i]));
        }

        return min;
    }
}
