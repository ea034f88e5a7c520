namespace AliaBatch.ModelBuilder.Graph;

/// <summary>
/// Deterministic normal samples from a seeded <see cref="Random"/> using the Box-Muller transform,
/// so the same seed always produces the same weights on every platform and runtime.
/// </summary>
internal sealed class GaussianSampler
{
    private readonly Random _random;
    private double _spare;
    private bool _hasSpare;

    public GaussianSampler(int seed)
    {
#pragma warning disable CA5394 // Weights for test models, not security: a seeded generator is required for determinism.
        _random = new Random(seed);
#pragma warning restore CA5394
    }

    /// <summary>Returns the next sample of N(<paramref name="mean"/>, <paramref name="standardDeviation"/>²).</summary>
    public float Next(float mean, float standardDeviation)
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return (float)(mean + (standardDeviation * _spare));
        }

#pragma warning disable CA5394 // See constructor.
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
#pragma warning restore CA5394
        var radius = Math.Sqrt(-2.0 * Math.Log(u1));
        var angle = 2.0 * Math.PI * u2;
        _spare = radius * Math.Sin(angle);
        _hasSpare = true;
        return (float)(mean + (standardDeviation * radius * Math.Cos(angle)));
    }
}
