using AliaBatch.Inference.Embeddings;
using Xunit;

namespace AliaBatch.Inference.Tests.Embeddings;

public sealed class SentenceEmbedderTests(MiniLmFixture miniLm)
{
    private static readonly string[] s_texts =
    [
        "A man is playing a guitar.",
        "The new movie is awesome.",
        "A woman is slicing an onion in the kitchen while the radio plays old songs.",
        "Stocks fell sharply.",
        "The cat sits outside.",
        "How do I reset my password if I no longer have access to the email address on my account?",
    ];

    [Fact]
    public void Embed_AnyText_IsA384DimensionalUnitVector()
    {
        var vector = miniLm.Embedder.Embed("The quick brown fox jumps over the lazy dog.", TestContext.Current.CancellationToken);

        Assert.Equal(384, miniLm.Embedder.Dimensions);
        Assert.Equal(384, vector.Length);
        Assert.Equal(1.0, Math.Sqrt(vector.Sum(v => (double)v * v)), 5);
    }

    [Theory]
    [InlineData("A man is playing a guitar.", "A person plays the guitar.")]
    [InlineData("A man is eating food.", "A man is eating a piece of bread.")]
    [InlineData("How can I reset my password?", "I forgot my password, how do I change it?")]
    public void Embed_Paraphrases_AreSimilar(string a, string b)
    {
        var similarity = Similarity(a, b);

        Assert.True(similarity > 0.7f, $"cosine {similarity:F3}");
    }

    [Theory]
    [InlineData("A man is playing a guitar.", "The stock market fell sharply today.")]
    [InlineData("The weather is lovely today.", "He drove to the stadium.")]
    [InlineData("How can I reset my password?", "A cheetah is running behind its prey.")]
    public void Embed_UnrelatedSentences_AreDissimilar(string a, string b)
    {
        var similarity = Similarity(a, b);

        Assert.True(similarity < 0.3f, $"cosine {similarity:F3}");
    }

    [Fact]
    public void EmbedBatch_SentenceTransformersQuickstart_ReproducesDocumentedSimilarities()
    {
        // sbert.net quickstart, all-MiniLM-L6-v2: similarities 0.6660, 0.1046 and 0.1411.
        var v = miniLm.Embedder.EmbedBatch(
            ["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."],
            TestContext.Current.CancellationToken);

        Assert.Equal(0.6660, SentenceEmbedder.CosineSimilarity(v[0], v[1]), 0.001);
        Assert.Equal(0.1046, SentenceEmbedder.CosineSimilarity(v[0], v[2]), 0.001);
        Assert.Equal(0.1411, SentenceEmbedder.CosineSimilarity(v[1], v[2]), 0.001);
    }

    [Fact]
    public void EmbedBatch_MixedLengths_EqualsOneAtATime()
    {
        var token = TestContext.Current.CancellationToken;

        var batched = miniLm.Embedder.EmbedBatch(s_texts, token);

        for (var i = 0; i < s_texts.Length; i++)
        {
            var alone = miniLm.Embedder.Embed(s_texts[i], token);
            Assert.True(MaxAbsDifference(alone, batched[i]) < 1e-5f, $"text {i} differs by {MaxAbsDifference(alone, batched[i])}");
        }
    }

    [Fact]
    public void EmbedBatch_SmallTokenBudget_SplitsPassesAndRestoresInputOrder()
    {
        var token = TestContext.Current.CancellationToken;
        var tight = EmbedderWith(new EncoderOptions { TokenBudget = 64, MaxBatchSize = 4 });

        var packed = tight.EmbedBatch(s_texts, token);
        var reference = miniLm.Embedder.EmbedBatch(s_texts, token);

        for (var i = 0; i < s_texts.Length; i++)
        {
            Assert.True(MaxAbsDifference(reference[i], packed[i]) < 1e-5f, $"text {i}");
        }
    }

    [Fact]
    public void EmbedBatch_ParallelPasses_EqualsPassesOneAfterTheOther()
    {
        var token = TestContext.Current.CancellationToken;
        var texts = Enumerable.Range(0, 40).Select(i => s_texts[i % s_texts.Length] + new string('!', i % 7)).ToArray();
        var parallel = EmbedderWith(new EncoderOptions { MaxBatchSize = 3, ParallelPasses = 4 });

        var atOnce = parallel.EmbedBatch(texts, token);
        var reference = miniLm.Embedder.EmbedBatch(texts, token);

        Assert.Equal(texts.Length, atOnce.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.True(MaxAbsDifference(reference[i], atOnce[i]) < 1e-5f, $"text {i} differs by {MaxAbsDifference(reference[i], atOnce[i])}");
        }
    }

    [Fact]
    public void EmbedBatch_ParallelPassesCancelled_ThrowsCancellation()
    {
        var parallel = EmbedderWith(new EncoderOptions { MaxBatchSize = 1, ParallelPasses = 2 });
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => parallel.EmbedBatch(s_texts, cts.Token));
    }

    [Fact]
    public void EmbedBatch_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => miniLm.Embedder.EmbedBatch(s_texts, cts.Token));
    }

    [Fact]
    public void EmbedBatch_Empty_ReturnsNothing()
    {
        Assert.Empty(miniLm.Embedder.EmbedBatch([], TestContext.Current.CancellationToken));
    }

    // Another embedder over the fixture's session and extracted model.
    private SentenceEmbedder EmbedderWith(EncoderOptions options) =>
        SentenceEmbedder.CreateMiniLm(miniLm.Factory, options, Path.GetDirectoryName(miniLm.Files.ModelPath));

    private float Similarity(string a, string b)
    {
        var vectors = miniLm.Embedder.EmbedBatch([a, b], TestContext.Current.CancellationToken);
        return SentenceEmbedder.CosineSimilarity(vectors[0], vectors[1]);
    }

    private static float MaxAbsDifference(float[] a, float[] b) => a.Zip(b, (x, y) => MathF.Abs(x - y)).Max();
}
