namespace AliaBatch.Inference.Generation;

public sealed partial class DecoderRunner
{
    /// <summary>
    /// HF's beam search: per prompt, the top <c>(1 + EOS count) · K</c> (at least 2K) candidates over all live beams;
    /// an EOS candidate ranked within the top K becomes a finished hypothesis, the others fill the next K beams.
    /// A prompt whose search is done leaves the batch with its K rows.
    /// </summary>
    private IReadOnlyList<GeneratedSequence> BeamSearch(IReadOnlyList<IReadOnlyList<int>> prompts, GenerationOptions options, StoppingCriteria stopping, IReadOnlyList<PhraseConstraint?>? constraints, CancellationToken cancellationToken)
    {
        if (options.StopStrings.Count > 0)
        {
            throw new ArgumentException("Stop strings are not supported with beam search.", nameof(options));
        }

        var k = options.NumBeams;
        var budgets = prompts.Select(p => stopping.Budget(p.Count)).ToArray();
        var hypotheses = prompts.Select(_ => new BeamHypotheses(k, options.LengthPenalty, options.EarlyStopping)).ToArray();
        var results = new GeneratedSequence?[prompts.Count];
        for (var i = 0; i < prompts.Count; i++)
        {
            if (budgets[i] == 0)
            {
                results[i] = new GeneratedSequence(prompts[i], [], FinishReason.MaxLength, 0);
            }
        }

        // Batch rows: for each active prompt, its live beams, contiguous. One row per prompt until the first step.
        var beams = Enumerable.Range(0, prompts.Count).Where(i => budgets[i] > 0).Select(i => new LiveBeams(i, [new Beam([], 0)])).ToList();
        if (beams.Count > 0)
        {
            using var batch = new DecodingBatch(_decoder, [.. beams.Select(b => prompts[b.Prompt])], _padId, options.UseKvCache, _decoder.UsesIoBinding(options.UseIoBinding));
            var eosCount = Math.Max(1, options.EosTokenIds.Count > 0 ? options.EosTokenIds.Count : _defaultEos.Count);
            while (beams.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (logits, vocabulary) = batch.Run(cancellationToken);
                var sources = new List<int>();
                var tokens = new List<int>();
                var next = new List<LiveBeams>();
                var row = 0;
                foreach (var live in beams)
                {
                    var constraint = new RowConstraint(constraints?[live.Prompt], budgets[live.Prompt], stopping);
                    var candidates = TopCandidates(logits, vocabulary, row, live, prompts[live.Prompt], options, constraint, Math.Max(2, 1 + eosCount) * k);
                    var chosen = Advance(live, candidates, hypotheses[live.Prompt], stopping, k, row);
                    var generatedLength = live.Beams[0].Tokens.Count + 1;
                    var hyps = hypotheses[live.Prompt];
                    var done = hyps.IsDone(candidates[0].Score, generatedLength) || chosen.Count == 0;
                    if (!done && generatedLength >= budgets[live.Prompt])
                    {
                        foreach (var (_, beam) in chosen)
                        {
                            hyps.Add(beam.Tokens, beam.Score, FinishReason.MaxLength);
                        }

                        done = true;
                    }

                    if (done)
                    {
                        var best = hyps.Best();
                        results[live.Prompt] = new GeneratedSequence(prompts[live.Prompt], best.Tokens, best.Reason, best.Score);
                    }
                    else
                    {
                        next.Add(new LiveBeams(live.Prompt, [.. chosen.Select(c => c.Beam)]));
                        sources.AddRange(chosen.Select(c => c.Source));
                        tokens.AddRange(chosen.Select(c => c.Beam.Tokens[^1]));
                    }

                    row += live.Beams.Count;
                }

                beams = next;
                if (beams.Count > 0)
                {
                    batch.Select(sources);
                    batch.Append(tokens);
                }
            }
        }

        return [.. results.Select(r => r!)];
    }

    private static List<(int Source, Beam Beam)> Advance(LiveBeams live, List<Candidate> candidates, BeamHypotheses hypotheses, StoppingCriteria stopping, int k, int firstRow)
    {
        var chosen = new List<(int Source, Beam Beam)>(k);
        for (var rank = 0; rank < candidates.Count && chosen.Count < k; rank++)
        {
            var candidate = candidates[rank];
            var parent = live.Beams[candidate.Beam];
            List<int> tokens = [.. parent.Tokens, candidate.Token];
            if (stopping.IsEos(candidate.Token))
            {
                if (rank < k)
                {
                    hypotheses.Add(tokens, candidate.Score, FinishReason.Eos);
                }
            }
            else
            {
                chosen.Add((firstRow + candidate.Beam, new Beam(tokens, candidate.Score)));
            }
        }

        return chosen;
    }

    private static List<Candidate> TopCandidates(float[] logits, int vocabulary, int firstRow, LiveBeams live, IReadOnlyList<int> prompt, GenerationOptions options, RowConstraint constraint, int count)
    {
        var top = new List<Candidate>(count + 1);
        for (var b = 0; b < live.Beams.Count; b++)
        {
            var beam = live.Beams[b];
            var scores = logits.AsSpan((firstRow + b) * vocabulary, vocabulary);
            LogitsProcessors.LogSoftmax(scores);
            LogitsProcessors.Apply(scores, LogitsProcessors.NeedsSequence(options) ? [.. prompt, .. beam.Tokens] : [], options);
            constraint.Phrases?.Apply(scores, beam.Tokens, constraint.Budget, constraint.Stopping);
            for (var token = 0; token < vocabulary; token++)
            {
                var score = beam.Score + scores[token];

                // Suppressed or banned ids (minus infinity) never become beams or hypotheses.
                if (double.IsNegativeInfinity(score) || (top.Count == count && score <= top[^1].Score))
                {
                    continue;
                }

                var at = top.Count;
                while (at > 0 && top[at - 1].Score < score)
                {
                    at--;
                }

                top.Insert(at, new Candidate(b, token, score));
                if (top.Count > count)
                {
                    top.RemoveAt(count);
                }
            }
        }

        return top;
    }

    private sealed record Beam(List<int> Tokens, double Score);

    private sealed record LiveBeams(int Prompt, IReadOnlyList<Beam> Beams);

    private readonly record struct Candidate(int Beam, int Token, double Score);

    private readonly record struct RowConstraint(PhraseConstraint? Phrases, int Budget, StoppingCriteria Stopping);
}
