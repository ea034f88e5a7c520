namespace AliaBatch.Inference.Generation;

/// <summary>
/// The best finished hypotheses of one prompt's beam search, as HF's <c>BeamHypotheses</c>: at most
/// <c>numBeams</c> kept, scored <c>sum_logprobs / generated_length ^ lengthPenalty</c>.
/// </summary>
internal sealed class BeamHypotheses(int numBeams, float lengthPenalty, bool earlyStopping)
{
    private readonly List<(double Score, List<int> Tokens, FinishReason Reason)> _beams = [];
    private double _worst = 1e9;

    public int Count => _beams.Count;

    public double Normalise(double sumLogProbs, int generatedLength) =>
        sumLogProbs / Math.Pow(generatedLength, lengthPenalty);

    public void Add(List<int> tokens, double sumLogProbs, FinishReason reason)
    {
        var score = Normalise(sumLogProbs, tokens.Count);
        if (_beams.Count >= numBeams && score <= _worst)
        {
            return;
        }

        _beams.Add((score, tokens, reason));
        if (_beams.Count > numBeams)
        {
            var ordered = _beams.Select((b, i) => (b.Score, Index: i)).OrderBy(b => b.Score).ToArray();
            _beams.RemoveAt(ordered[0].Index);
            _worst = ordered[1].Score;
        }
        else
        {
            _worst = Math.Min(score, _worst);
        }
    }

    /// <summary>HF's <c>is_done</c>: enough hypotheses and (early stopping, or no live beam can beat the worst kept).</summary>
    public bool IsDone(double bestSumLogProbs, int generatedLength)
    {
        if (_beams.Count < numBeams)
        {
            return false;
        }

        return earlyStopping || _worst >= Normalise(bestSumLogProbs, generatedLength);
    }

    /// <summary>The highest-scoring hypothesis (the latest added among equals, as HF's sort-and-pop).</summary>
    public (double Score, List<int> Tokens, FinishReason Reason) Best()
    {
        if (_beams.Count == 0)
        {
            return (double.NegativeInfinity, [], FinishReason.MaxLength);
        }

        var best = _beams[0];
        foreach (var beam in _beams)
        {
            if (beam.Score >= best.Score)
            {
                best = beam;
            }
        }

        return best;
    }
}
