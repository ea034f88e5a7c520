using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using AliaBatch.Inference.Sessions;
using AliaBatch.Inference.Tokenization;
using Microsoft.ML.OnnxRuntime;

namespace AliaBatch.Inference.Embeddings;

/// <summary>
/// Runs a BERT-style encoder over many texts: tokenises with truncation, packs length buckets under the token
/// budget, feeds <c>input_ids</c>, <c>attention_mask</c> and (when the graph has it) <c>token_type_ids</c>, running up
/// to <see cref="EncoderOptions.ParallelPasses"/> passes at once.
/// </summary>
internal sealed class EncoderRunner
{
    private const string InputIds = "input_ids";
    private const string AttentionMask = "attention_mask";
    private const string TokenTypeIds = "token_type_ids";
    private readonly OnnxModelSession _session;
    private readonly ITextTokenizer _tokenizer;
    private readonly EncoderOptions _options;

    public EncoderRunner(OnnxModelSession session, ITextTokenizer tokenizer, EncoderOptions options)
    {
        foreach (var required in (string[])[InputIds, AttentionMask])
        {
            if (!session.HasInput(required))
            {
                throw new InvalidDataException($"Encoder model '{session.ModelPath}' has no '{required}' input (inputs: {string.Join(", ", session.InputNames)}).");
            }
        }

        _session = session;
        _tokenizer = tokenizer;
        _options = options;
    }

    public OnnxModelSession Session => _session;

    /// <summary>
    /// Runs every text; <paramref name="onPass"/> receives the input indices of a pass, its batch and the output. With
    /// <see cref="EncoderOptions.ParallelPasses"/> above 1 it is called from several threads at once, each pass's
    /// indices its own.
    /// </summary>
    public void Run(IReadOnlyList<string> texts, string outputName, Action<int[], TokenBatch, OrtValue> onPass, CancellationToken cancellationToken)
    {
        var sequences = new IReadOnlyList<int>[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(texts[i], nameof(texts));
            sequences[i] = _tokenizer.Encode(texts[i], addSpecialTokens: true, _options.MaxSequenceLength);
        }

        var passes = LengthBuckets.Pack(Array.ConvertAll(sequences, s => s.Count), _options.TokenBudget, _options.MaxBatchSize);
        if (_options.ParallelPasses == 1 || passes.Count == 1)
        {
            foreach (var pass in passes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                RunPass(pass, sequences, outputName, onPass, cancellationToken);
            }

            return;
        }

        // Longest passes first, handed out one at a time, so the last ones to finish are short.
        var longestFirst = passes.Reverse().ToArray();
        var options = new ParallelOptions { MaxDegreeOfParallelism = _options.ParallelPasses, CancellationToken = cancellationToken };
        try
        {
            Parallel.ForEach(Partitioner.Create(longestFirst, EnumerablePartitionerOptions.NoBuffering), options, pass =>
                RunPass(pass, sequences, outputName, onPass, cancellationToken));
        }
        catch (AggregateException failed)
        {
            // The first failure, as it is: one at a time, the first failing pass would have stopped the run.
            ExceptionDispatchInfo.Throw(failed.InnerExceptions[0]);
        }
    }

    private void RunPass(int[] pass, IReadOnlyList<int>[] sequences, string outputName, Action<int[], TokenBatch, OrtValue> onPass, CancellationToken cancellationToken)
    {
        var batch = TokenBatch.Create(Array.ConvertAll(pass, i => sequences[i]), _tokenizer.PadId);
        List<string> names = [InputIds, AttentionMask];
        var values = new List<OrtValue>(3);
        try
        {
            values.Add(OrtInputs.CreateIntegerTensor(_session, InputIds, batch.InputIds, batch.Shape));
            values.Add(OrtInputs.CreateIntegerTensor(_session, AttentionMask, batch.AttentionMask, batch.Shape));
            if (_session.HasInput(TokenTypeIds))
            {
                names.Add(TokenTypeIds);
                values.Add(OrtInputs.CreateIntegerTensor(_session, TokenTypeIds, batch.CreateTokenTypeIds(), batch.Shape));
            }

            using var outputs = _session.Run(names, values, [outputName], cancellationToken);
            onPass(pass, batch, outputs[0]);
        }
        finally
        {
            values.ForEach(v => v.Dispose());
        }
    }
}
