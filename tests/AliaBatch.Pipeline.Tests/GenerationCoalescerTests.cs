using AliaBatch.Inference.Generation;
using AliaBatch.Inference.Sessions;
using AliaBatch.ModelBuilder.Decoder;
using AliaBatch.Pipeline.Generation;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Pipeline.Tests;

public sealed class GenerationCoalescerTests : IDisposable
{
    private static readonly GenerationPrompt[] s_first = [new("Bon dia a tothom."), new("Hola, com estàs?")];
    private static readonly GenerationPrompt[] s_second = [new("Kaixo, zer moduz zaude gaur goizean?"), new("Bo día", ["IBI"]), new("The committee met.")];
    private readonly TemporaryFolder _model = new("coalesce-model");
    private readonly OnnxSessionFactory _sessions = new(new InferenceOptions { ExecutionProvider = ExecutionProviderKind.Cpu, IntraOpThreads = 1 });
    private readonly TextGenerator _generator;

    public GenerationCoalescerTests()
    {
        DecoderModelBuilder.Build(new DecoderSpec(), _model.Path, seed: 5);
        _generator = TextGenerator.Open(_model.Path, _sessions);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private int Tokens(IEnumerable<GenerationPrompt> prompts) => prompts.Sum(p => _generator.Tokenizer.CountTokens(p.Text));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task GenerateAsync_ConcurrentCallers_ShareOneBatchAndGetTheirOwnAloneOutputs(int beams)
    {
        var options = new GenerationOptions { MaxNewTokens = 8, NumBeams = beams };
        var coalescer = new GenerationCoalescer(_generator, TimeSpan.FromMinutes(5), Tokens(s_first) + Tokens(s_second));

        var first = coalescer.GenerateAsync(s_first, options, Token);
        var second = coalescer.GenerateAsync(s_second, options, Token);
        var shared = await Task.WhenAll(first, second);

        IReadOnlyList<GenerationPrompt>[] callers = [s_first, s_second];
        for (var c = 0; c < callers.Length; c++)
        {
            var alone = await _generator.GenerateAsync(callers[c], options, Token);
            Assert.Equal(callers[c].Count, shared[c].Count);
            Assert.All(shared[c], r => Assert.Equal(s_first.Length + s_second.Length, r.BatchSize));
            Assert.Equal(alone.Select(r => r.GeneratedTokenIds), shared[c].Select(r => r.GeneratedTokenIds));
            Assert.Equal(alone.Select(r => r.Text), shared[c].Select(r => r.Text));
        }

        Assert.Contains("IBI", shared[1][1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_DifferentOptions_DoNotShareABatch()
    {
        var coalescer = new GenerationCoalescer(_generator, TimeSpan.FromMilliseconds(20), 1_000_000);

        var first = coalescer.GenerateAsync(s_first, new GenerationOptions { MaxNewTokens = 4 }, Token);
        var second = coalescer.GenerateAsync(s_second, new GenerationOptions { MaxNewTokens = 5 }, Token);
        var results = await Task.WhenAll(first, second);

        Assert.All(results[0], r => Assert.Equal(s_first.Length, r.BatchSize));
        Assert.All(results[1], r => Assert.Equal(s_second.Length, r.BatchSize));
    }

    [Fact]
    public async Task GenerateAsync_RequestThatOverflowsTheBudget_SendsTheWaitingBatchOff()
    {
        var options = new GenerationOptions { MaxNewTokens = 4 };
        var coalescer = new GenerationCoalescer(_generator, TimeSpan.FromMinutes(5), Tokens(s_second));

        var first = coalescer.GenerateAsync(s_first, options, Token);
        var second = coalescer.GenerateAsync(s_second, options, Token);
        var results = await Task.WhenAll(first, second);

        Assert.All(results[0], r => Assert.Equal(s_first.Length, r.BatchSize));
        Assert.All(results[1], r => Assert.Equal(s_second.Length, r.BatchSize));
    }

    [Fact]
    public async Task GenerateAsync_ZeroWindow_RunsAloneAndEqualsTheGenerator()
    {
        var options = new GenerationOptions { MaxNewTokens = 6 };
        var coalescer = new GenerationCoalescer(_generator, TimeSpan.Zero, 1_000_000);

        var results = await coalescer.GenerateAsync(s_second, options, Token);

        var alone = await _generator.GenerateAsync(s_second, options, Token);
        Assert.Equal(alone.Select(r => r.GeneratedTokenIds), results.Select(r => r.GeneratedTokenIds));
    }

    [Fact]
    public async Task GenerateAsync_CallerCancels_ItsTaskIsCancelled()
    {
        var coalescer = new GenerationCoalescer(_generator, TimeSpan.FromMinutes(5), 1_000_000);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);

        var pending = coalescer.GenerateAsync(s_first, new GenerationOptions { MaxNewTokens = 4 }, cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    [Fact]
    public async Task GenerateAsync_NoPrompts_ReturnsEmpty() =>
        Assert.Empty(await new GenerationCoalescer(_generator, TimeSpan.FromMinutes(5), 10).GenerateAsync([], new GenerationOptions(), Token));

    public void Dispose()
    {
        _sessions.Dispose();
        _model.Dispose();
    }
}
