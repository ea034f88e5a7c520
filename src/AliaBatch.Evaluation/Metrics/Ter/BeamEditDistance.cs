namespace AliaBatch.Evaluation.Metrics.Ter;

/// <summary>
/// sacreBLEU's beam-limited word edit distance (Tercom costs: 1 per insertion, deletion, substitution)
/// with the trace of operations. sacreBLEU caches rows by hypothesis prefix; the cache only saves
/// time (every call within one TER computation has the same length), so it is left out here.
/// </summary>
internal sealed class BeamEditDistance(IReadOnlyList<string> reference)
{
    internal const char Insert = 'i';
    internal const char Delete = 'd';
    internal const char Keep = ' ';
    internal const char Substitute = 's';
    private const int BeamWidth = 25;
    private const long Infinity = 10_000_000_000_000_000;

    /// <summary>The edit distance from <paramref name="hypothesis"/> to the reference, and its operations.</summary>
    /// <param name="hypothesis">The hypothesis words.</param>
    /// <returns>The distance and the trace (one operation per step, hypothesis to reference).</returns>
    public (long Distance, string Trace) Compute(IReadOnlyList<string> hypothesis)
    {
        var n = hypothesis.Count;
        var m = reference.Count;
        var cost = new long[n + 1, m + 1];
        var op = new char[n + 1, m + 1];
        for (var j = 0; j <= m; j++)
        {
            cost[0, j] = j;
            op[0, j] = Insert;
        }

        for (var i = 1; i <= n; i++)
        {
            for (var j = 0; j <= m; j++)
            {
                cost[i, j] = Infinity;
                op[i, j] = 'x';
            }
        }

        var lengthRatio = n > 0 ? (double)m / n : 1.0;
        var beam = BeamWidth < lengthRatio / 2 ? (int)Math.Ceiling((lengthRatio / 2) + BeamWidth) : BeamWidth;
        for (var i = 1; i <= n; i++)
        {
            var diagonal = (int)Math.Floor(i * lengthRatio);
            var minJ = Math.Max(0, diagonal - beam);
            var maxJ = i == n ? m + 1 : Math.Min(m + 1, diagonal + beam);
            for (var j = minJ; j < maxJ; j++)
            {
                if (j == 0)
                {
                    cost[i, 0] = cost[i - 1, 0] + 1;
                    op[i, 0] = Delete;
                    continue;
                }

                var same = string.Equals(hypothesis[i - 1], reference[j - 1], StringComparison.Ordinal);
                Relax(cost, op, i, j, cost[i - 1, j - 1] + (same ? 0 : 1), same ? Keep : Substitute);
                Relax(cost, op, i, j, cost[i - 1, j] + 1, Delete);
                Relax(cost, op, i, j, cost[i, j - 1] + 1, Insert);
            }
        }

        var trace = new Stack<char>();
        var (a, b) = (n, m);
        while (a > 0 || b > 0)
        {
            var step = op[a, b];
            trace.Push(step);
            switch (step)
            {
                case Keep or Substitute:
                    a--;
                    b--;
                    break;
                case Insert:
                    b--;
                    break;
                case Delete:
                    a--;
                    break;
                default:
                    throw new InvalidOperationException("Edit distance trace reached an unexplored cell.");
            }
        }

        return (cost[n, m], new string([.. trace]));
    }

    private static void Relax(long[,] cost, char[,] op, int i, int j, long candidate, char operation)
    {
        if (cost[i, j] > candidate)
        {
            cost[i, j] = candidate;
            op[i, j] = operation;
        }
    }
}
