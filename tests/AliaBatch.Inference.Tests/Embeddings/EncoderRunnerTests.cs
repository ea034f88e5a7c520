using AliaBatch.Inference.Embeddings;
using AliaBatch.Inference.Tokenization;
using Xunit;

namespace AliaBatch.Inference.Tests.Embeddings;

public sealed class EncoderRunnerTests(MiniLmFixture miniLm)
{
    private static readonly string[] s_texts = ["uno", "dos palabras", "tres palabras aquí", "cuatro palabras más aquí", "y cinco palabras más aquí"];

    [Fact]
    public void Run_ParallelPasses_HandsEveryTextToExactlyOnePass()
    {
        var runner = Runner(new EncoderOptions { MaxBatchSize = 2, ParallelPasses = 3 });
        var covered = new int[s_texts.Length];

        runner.Run(s_texts, "last_hidden_state", (pass, _, _) =>
        {
            foreach (var index in pass)
            {
                Interlocked.Increment(ref covered[index]);
            }
        }, TestContext.Current.CancellationToken);

        Assert.All(covered, count => Assert.Equal(1, count));
    }

    [Fact]
    public void Run_ParallelPassFails_ThrowsItsExceptionUnwrapped()
    {
        var runner = Runner(new EncoderOptions { MaxBatchSize = 1, ParallelPasses = 2 });

        var ex = Assert.Throws<InvalidDataException>(() => runner.Run(
            s_texts, "last_hidden_state", (_, _, _) => throw new InvalidDataException("bad output"), TestContext.Current.CancellationToken));

        Assert.Equal("bad output", ex.Message);
    }

    private EncoderRunner Runner(EncoderOptions options) =>
        new(miniLm.Factory.GetSession(miniLm.Files.ModelPath), WordPieceTextTokenizer.FromFile(miniLm.Files.VocabularyPath), options);
}
