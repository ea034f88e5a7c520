using System.Diagnostics;
using AliaBatch.Inference.Sessions;
using AliaBatch.Inference.Tokenization;
using Microsoft.Extensions.Logging;

namespace AliaBatch.Inference.Generation;

/// <summary>
/// Text in, text out for one decoder model folder (Optimum/HF export: <c>model.onnx</c> [+ <c>model.onnx_data</c>],
/// <c>tokenizer.json</c>, <c>tokenizer_config.json</c>, <c>generation_config.json</c>, <c>config.json</c>):
/// encodes prompts, batches them by length under a token budget, generates and decodes. Thread-safe.
/// </summary>
public sealed class TextGenerator
{
    private static readonly string[] s_modelFiles = ["model.onnx", "decoder_model_merged.onnx"];
    private readonly DecoderRunner _runner;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int, int), bool> _warmed = new();

    private TextGenerator(string modelFolder, OnnxModelSession session, ITextTokenizer tokenizer, GenerationDefaults defaults, ILogger? logger)
    {
        ModelFolder = modelFolder;
        Session = session;
        Tokenizer = tokenizer;
        Defaults = defaults;
        _runner = new DecoderRunner(new DecoderSession(session, logger), defaults.EosTokenIds, defaults.PadTokenId ?? tokenizer.PadId, tokenizer);
    }

    /// <summary>The model folder.</summary>
    public string ModelFolder { get; }

    /// <summary>The decoder session (model path and execution provider for provenance).</summary>
    public OnnxModelSession Session { get; }

    /// <summary>The model's tokenizer.</summary>
    public ITextTokenizer Tokenizer { get; }

    /// <summary>EOS and pad ids from the folder's configuration.</summary>
    public GenerationDefaults Defaults { get; }

    /// <summary>The batched decoder underneath, for callers that work with ids.</summary>
    public DecoderRunner Runner => _runner;

    /// <summary>Opens a model folder; the session comes from (and stays owned by) <paramref name="sessions"/>.</summary>
    /// <param name="modelFolder">The export folder.</param>
    /// <param name="sessions">Creates (and owns) the decoder session.</param>
    /// <param name="logger">Records which decode path (IOBinding or host copies) the model uses; null logs nothing.</param>
    /// <exception cref="FileNotFoundException">The folder lacks <c>model.onnx</c> (or <c>decoder_model_merged.onnx</c>) or <c>tokenizer.json</c>.</exception>
    /// <exception cref="InvalidDataException">The model is not a decoder with past key/values, or no EOS id is configured.</exception>
    public static TextGenerator Open(string modelFolder, OnnxSessionFactory sessions, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelFolder);
        ArgumentNullException.ThrowIfNull(sessions);
        var model = s_modelFiles.Select(f => Path.Combine(modelFolder, f)).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"No model.onnx or decoder_model_merged.onnx in '{modelFolder}'.", Path.Combine(modelFolder, "model.onnx"));
        var tokenizer = HuggingFaceBpeTokenizer.FromDirectory(modelFolder);
        var defaults = GenerationDefaults.Read(modelFolder);
        return new TextGenerator(modelFolder, sessions.GetSession(model), tokenizer, defaults, logger);
    }

    /// <summary>Generates a continuation of every prompt (already rendered with a <see cref="PromptTemplate"/>).</summary>
    /// <param name="prompts">Prompt texts; each is encoded with the tokenizer's special tokens (BOS).</param>
    /// <param name="options">Decoding settings; <see cref="GenerationOptions.TokenBudget"/> and <see cref="GenerationOptions.MaxBatchSize"/> shape the batches.</param>
    /// <param name="cancellationToken">Stops between and during decoder runs.</param>
    /// <returns>One result per prompt, in order.</returns>
    public Task<IReadOnlyList<GenerationResult>> GenerateAsync(IReadOnlyList<string> prompts, GenerationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        return GenerateAsync([.. prompts.Select(p => new GenerationPrompt(p ?? throw new ArgumentException("Prompts cannot be null.", nameof(prompts))))], options, cancellationToken);
    }

    /// <summary>
    /// Generates a continuation of every prompt; each output contains its prompt's
    /// <see cref="GenerationPrompt.RequiredPhrases"/> when the token budget leaves room for them (constrained decoding).
    /// </summary>
    /// <param name="prompts">Prompts; each is encoded with the tokenizer's special tokens (BOS), its phrases without.</param>
    /// <param name="options">Decoding settings; <see cref="GenerationOptions.TokenBudget"/> and <see cref="GenerationOptions.MaxBatchSize"/> shape the batches.</param>
    /// <param name="cancellationToken">Stops between and during decoder runs.</param>
    /// <returns>One result per prompt, in order.</returns>
    public async Task<IReadOnlyList<GenerationResult>> GenerateAsync(IReadOnlyList<GenerationPrompt> prompts, GenerationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(options);
        var encoded = prompts.Select(p => Tokenizer.Encode((p ?? throw new ArgumentException("Prompts cannot be null.", nameof(prompts))).Text)).ToArray();
        var constraints = prompts.Select(Constraint).ToArray();
        var results = new GenerationResult[prompts.Count];
        var batches = LengthBatches.Plan([.. encoded.Select(e => e.Count)], options.TokenBudget, options.MaxBatchSize);
        for (var b = 0; b < batches.Count; b++)
        {
            var batch = batches[b];
            var watch = Stopwatch.StartNew();
            PhraseConstraint?[]? batchConstraints = batch.Any(i => constraints[i] is not null) ? [.. batch.Select(i => constraints[i])] : null;
            var sequences = await Task.Run(() => _runner.Generate([.. batch.Select(i => encoded[i])], options, batchConstraints, cancellationToken), cancellationToken);
            watch.Stop();
            for (var j = 0; j < batch.Length; j++)
            {
                var sequence = sequences[j];
                results[batch[j]] = new GenerationResult(
                    Text(sequence.GeneratedIds, options.StopStrings), sequence.PromptIds, sequence.GeneratedIds, sequence.FinishReason, sequence.Score, b, batch.Length, watch.Elapsed);
            }
        }

        return results;
    }

    /// <summary>
    /// Runs one prefill and one decode step at each (batch size, prompt length) bucket, so the first real batches of
    /// those shapes do not pay for allocations, kernel selection or graph capture. A bucket runs once per generator.
    /// </summary>
    /// <param name="buckets">Batch sizes and prompt lengths in tokens (each at least 1).</param>
    /// <param name="cancellationToken">Stops between and during runs.</param>
    public void WarmUp(IEnumerable<(int BatchSize, int PromptLength)> buckets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        var filler = Tokenizer.BosId ?? Defaults.PadTokenId ?? Tokenizer.PadId;
        var options = new GenerationOptions { MaxNewTokens = 2, EosTokenIds = [-1] };
        foreach (var (batchSize, promptLength) in buckets)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(promptLength);
            if (!_warmed.TryAdd((batchSize, promptLength), true))
            {
                continue;
            }

            IReadOnlyList<int> prompt = [.. Enumerable.Repeat(filler, promptLength)];
            _runner.Generate([.. Enumerable.Repeat(prompt, batchSize)], options, cancellationToken);
        }
    }

    private PhraseConstraint? Constraint(GenerationPrompt prompt) =>
        prompt.RequiredPhrases is { Count: > 0 } phrases
            ? new PhraseConstraint([.. phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => Tokenizer.Encode(p, addSpecialTokens: false))])
            : null;

    private string Text(IReadOnlyList<int> generated, IReadOnlyList<string> stopStrings)
    {
        var text = Tokenizer.Decode(generated, skipSpecialTokens: true);
        var cut = stopStrings.Select(s => text.IndexOf(s, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(text.Length).Min();
        return text[..cut];
    }
}
