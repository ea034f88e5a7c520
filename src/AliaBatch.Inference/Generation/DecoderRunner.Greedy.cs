namespace AliaBatch.Inference.Generation;

public sealed partial class DecoderRunner
{
    private IReadOnlyList<GeneratedSequence> Greedy(IReadOnlyList<IReadOnlyList<int>> prompts, GenerationOptions options, StoppingCriteria stopping, IReadOnlyList<PhraseConstraint?>? constraints, CancellationToken cancellationToken)
    {
        var generated = prompts.Select(_ => new List<int>()).ToArray();
        var reasons = new FinishReason?[prompts.Count];
        var budgets = prompts.Select(p => stopping.Budget(p.Count)).ToArray();
        var randoms = options.DoSample ? prompts.Select(p => new Random(SamplingSeed(options.Seed, p))).ToArray() : null;

        // Rows with no budget never enter the batch; `active[r]` is the prompt index of batch row r.
        var active = Enumerable.Range(0, prompts.Count).Where(i => budgets[i] > 0).ToList();
        foreach (var i in Enumerable.Range(0, prompts.Count).Where(i => budgets[i] == 0))
        {
            reasons[i] = FinishReason.MaxLength;
        }

        if (active.Count > 0)
        {
            using var batch = new DecodingBatch(_decoder, [.. active.Select(i => prompts[i])], _padId, options.UseKvCache, _decoder.UsesIoBinding(options.UseIoBinding));
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (logits, vocabulary) = batch.Run(cancellationToken);
                var next = new int[active.Count];
                for (var row = 0; row < active.Count; row++)
                {
                    var index = active[row];
                    if (reasons[index] is not null)
                    {
                        next[row] = _padId;
                        continue;
                    }

                    var scores = logits.AsSpan(row * vocabulary, vocabulary);
                    LogitsProcessors.Apply(scores, LogitsProcessors.NeedsSequence(options) ? [.. prompts[index], .. generated[index]] : [], options);
                    constraints?[index]?.Apply(scores, generated[index], budgets[index], stopping);
                    next[row] = randoms is null ? LogitsProcessors.ArgMax(scores) : TokenSampler.Sample(scores, options, randoms[index]);
                    generated[index].Add(next[row]);
                    reasons[index] = stopping.Check(generated[index], budgets[index]);
                }

                if (active.All(i => reasons[i] is not null))
                {
                    break;
                }

                batch.Append(next);
                if (options.CompactFinished && active.Any(i => reasons[i] is not null))
                {
                    var keep = Enumerable.Range(0, active.Count).Where(r => reasons[active[r]] is null).ToArray();
                    batch.Select(keep);
                    active = [.. keep.Select(r => active[r])];
                }
            }
        }

        return [.. prompts.Select((p, i) => new GeneratedSequence(p, generated[i], reasons[i]!.Value))];
    }

    /// <summary>Mixes the seed with the prompt ids (FNV-1a), so a prompt samples the same tokens in any batch.</summary>
    private static int SamplingSeed(int seed, IReadOnlyList<int> prompt)
    {
        var hash = 2166136261u ^ (uint)seed;
        foreach (var id in prompt)
        {
            hash = unchecked((hash ^ (uint)id) * 16777619u);
        }

        return unchecked((int)hash);
    }
}
