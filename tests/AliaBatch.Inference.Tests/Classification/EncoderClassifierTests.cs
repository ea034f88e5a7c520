using AliaBatch.Inference.Classification;
using AliaBatch.Inference.Embeddings;
using AliaBatch.Inference.Sessions;
using AliaBatch.Inference.Tokenization;
using AliaBatch.ModelBuilder.Encoder;
using Microsoft.ML.OnnxRuntime;
using Xunit;

namespace AliaBatch.Inference.Tests.Classification;

public sealed class EncoderClassifierTests : IDisposable
{
    private static readonly string[] s_labels = ["negative", "neutral", "positive"];
    private static readonly string[] s_texts = ["the service was fine", "a", "terrible slow and expensive, never again", "good value for money"];
    private readonly TempDirectory _temp = new();
    private readonly OnnxSessionFactory _factory = new(new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cpu });

    private (OnnxModelSession Session, WordPieceTextTokenizer Tokenizer) Generate(bool useTokenTypeIds = false)
    {
        var folder = Path.Combine(_temp.Path, useTokenTypeIds ? "with-types" : "plain");
        var model = EncoderModelBuilder.Build(new EncoderSpec { Labels = s_labels, UseTokenTypeIds = useTokenTypeIds }, folder, seed: 7);
        return (_factory.GetSession(model.ModelPath), WordPieceTextTokenizer.FromFile(Path.Combine(folder, "vocab.txt")));
    }

    [Fact]
    public void Classify_GeneratedModel_IsSoftmaxOfTheRawLogits()
    {
        var (session, tokenizer) = Generate();
        var classifier = new EncoderClassifier(session, tokenizer, s_labels);
        var ids = tokenizer.Encode(s_texts[0]).Select(i => (long)i).ToArray();
        using var inputIds = OrtValue.CreateTensorValueFromMemory(ids, [1, ids.Length]);
        using var mask = OrtValue.CreateTensorValueFromMemory(Enumerable.Repeat(1L, ids.Length).ToArray(), [1, ids.Length]);
        using var raw = session.Run(["input_ids", "attention_mask"], [inputIds, mask], ["logits"], TestContext.Current.CancellationToken);
        var logits = raw[0].GetTensorDataAsSpan<float>().ToArray();
        var expected = logits.Select(l => Math.Exp(l) / logits.Sum(x => Math.Exp(x))).ToArray();

        var result = classifier.Classify(s_texts[0], TestContext.Current.CancellationToken);

        for (var i = 0; i < s_labels.Length; i++)
        {
            Assert.Equal(expected[i], result.Scores.Single(s => s.Label == s_labels[i]).Score, 5);
        }

        Assert.Equal(s_labels[Array.IndexOf(logits, logits.Max())], result.TopLabel);
        Assert.Equal([result.TopLabel], result.AssignedLabels);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ClassifyBatch_PaddedBatch_EqualsEachTextAlone(bool useTokenTypeIds)
    {
        var (session, tokenizer) = Generate(useTokenTypeIds);
        var classifier = new EncoderClassifier(session, tokenizer, s_labels);
        var token = TestContext.Current.CancellationToken;

        var batched = classifier.ClassifyBatch(s_texts, token);

        for (var i = 0; i < s_texts.Length; i++)
        {
            var alone = classifier.Classify(s_texts[i], token);
            Assert.Equal(alone.TopLabel, batched[i].TopLabel);
            foreach (var score in alone.Scores)
            {
                Assert.Equal(score.Score, batched[i].Scores.Single(s => s.Label == score.Label).Score, 5);
            }
        }
    }

    [Fact]
    public void ClassifyBatch_ParallelPasses_EqualsPassesOneAfterTheOther()
    {
        var (session, tokenizer) = Generate();
        var sequential = new EncoderClassifier(session, tokenizer, s_labels);
        var parallel = new EncoderClassifier(session, tokenizer, s_labels, options: new EncoderOptions { MaxBatchSize = 1, ParallelPasses = 3 });
        var texts = Enumerable.Range(0, 24).Select(i => s_texts[i % s_texts.Length] + " " + i).ToArray();
        var token = TestContext.Current.CancellationToken;

        var expected = sequential.ClassifyBatch(texts, token);
        var actual = parallel.ClassifyBatch(texts, token);

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(expected[i].TopLabel, actual[i].TopLabel);
            foreach (var score in expected[i].Scores)
            {
                Assert.Equal(score.Score, actual[i].Scores.Single(s => s.Label == score.Label).Score, 5);
            }
        }
    }

    [Fact]
    public void ClassifyBatch_MultiLabel_AssignsEveryLabelAtOrOverTheThreshold()
    {
        var (session, tokenizer) = Generate();
        var classifier = new EncoderClassifier(session, tokenizer, s_labels, ClassificationMode.MultiLabel, threshold: 0.5f);
        var everything = new EncoderClassifier(session, tokenizer, s_labels, ClassificationMode.MultiLabel, threshold: 0f);

        var results = classifier.ClassifyBatch(s_texts, TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.Equal(r.Scores.Where(s => s.Score >= 0.5f).Select(s => s.Label), r.AssignedLabels));
        Assert.All(results, r => Assert.All(r.Scores, s => Assert.InRange(s.Score, 0f, 1f)));
        Assert.All(everything.ClassifyBatch(s_texts, TestContext.Current.CancellationToken), r => Assert.Equal(3, r.AssignedLabels.Count));
    }

    [Fact]
    public void Constructor_LabelCountDiffersFromLogits_ThrowsNamingTheModel()
    {
        var (session, tokenizer) = Generate();

        var ex = Assert.Throws<ArgumentException>(() => new EncoderClassifier(session, tokenizer, ["yes", "no"]));

        Assert.Contains(session.ModelPath, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ModelWithoutAttentionMask_Throws()
    {
        var session = _factory.GetSession(_temp.Write("identity.onnx", TinyOnnx.Identity()));
        var (_, tokenizer) = Generate();

        Assert.Throws<InvalidDataException>(() => new EncoderClassifier(session, tokenizer, s_labels));
    }

    public void Dispose()
    {
        _factory.Dispose();
        _temp.Dispose();
    }
}
