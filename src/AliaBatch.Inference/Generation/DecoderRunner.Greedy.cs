namespace AliaBatch.Inference.Generation;

public sealed partial class DecoderRunner
{
    private IReadOnlyList<GeneratedSequence> Greedy(IReadOnlyList<IReadOnlyList<int>> prompts, GenerationOptions options, StoppingCriteria stopping, CancellationToken cancellationToken)
    {
        var generated = prompts.Select(_ => new List<int>()).ToArray();
        var reasons = new FinishReason?[prompts.Count];
        var budgets = prompts.Select(p => stopping.Budget(p.Count)).ToArray();
        var randoms = options.DoSample ? prompts.Select((_, i) => new Random(unchecked(options.Seed + i))).ToArray() : null;

        // Rows with no budget never enter the batch; `active[r]` is the prompt index of batch row r.
        var active = Enumerable.Range(0, prompts.Count).Where(i => budgets[i] > 0).ToList();
        foreach (var i in Enumerable.Range(0, prompts.Count).Where(i => budgets[i] == 0))
        {
            reasons[i] = FinishReason.MaxLength;
        }

        if (active.Count > 0)
        {
            using var batch = new DecodingBatch(_decoder, [.. active.Select(i => prompts[i])], _padId, options.UseKvCache);
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
                    LogitsProcessors.Apply(scores, [.. prompts[index], .. generated[index]], options);
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
}
