namespace AliaBatch.Evaluation.Metrics.Significance;

/// <summary>
/// NumPy's default bit generator (PCG64, XSL-RR output) with its buffered 32-bit draws and
/// Lemire bounded integers, reproducing <c>default_rng(seed).choice(n, size, replace=True)</c>.
/// </summary>
public sealed class Pcg64
{
    private static readonly UInt128 s_multiplier = new(2549297995355413924UL, 4865540595714422341UL);
    private readonly UInt128 _increment;
    private UInt128 _state;
    private bool _hasUInt32;
    private uint _uint32;

    /// <summary>Seeds the generator as <c>numpy.random.default_rng(seed)</c> does.</summary>
    /// <param name="seed">The non-negative integer seed (sacreBLEU uses 12345).</param>
    public Pcg64(ulong seed)
    {
        var words = SeedSequence.GenerateState64(seed, 4);
        var initialState = new UInt128(words[0], words[1]);
        _increment = (new UInt128(words[2], words[3]) << 1) | UInt128.One;
        _state = UInt128.Zero;
        Step();
        _state += initialState;
        Step();
    }

    /// <summary>The next 64 random bits.</summary>
    /// <returns>The value.</returns>
    public ulong NextUInt64()
    {
        Step();
        var value = (ulong)(_state >> 64) ^ (ulong)_state;
        var rotation = (int)(_state >> 122);
        return ulong.RotateRight(value, rotation);
    }

    /// <summary>The next 32 random bits (low half of a 64-bit draw, then its high half).</summary>
    /// <returns>The value.</returns>
    public uint NextUInt32()
    {
        if (_hasUInt32)
        {
            _hasUInt32 = false;
            return _uint32;
        }

        var next = NextUInt64();
        _hasUInt32 = true;
        _uint32 = (uint)(next >> 32);
        return (uint)next;
    }

    /// <summary>A uniform integer in [0, <paramref name="exclusiveBound"/>), as NumPy's <c>integers</c> draws it.</summary>
    /// <param name="exclusiveBound">The exclusive upper bound (at most 2^32).</param>
    /// <returns>The value.</returns>
    public long NextBounded(long exclusiveBound)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(exclusiveBound, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(exclusiveBound, 1L << 32);
        var range = (ulong)(exclusiveBound - 1);
        if (range == 0)
        {
            return 0;
        }

        if (range == uint.MaxValue)
        {
            return NextUInt32();
        }

        var exclusive = (uint)(range + 1);
        var m = (ulong)NextUInt32() * exclusive;
        var leftover = (uint)m;
        if (leftover < exclusive)
        {
            var threshold = (uint.MaxValue - (uint)range) % exclusive;
            while (leftover < threshold)
            {
                m = (ulong)NextUInt32() * exclusive;
                leftover = (uint)m;
            }
        }

        return (long)(m >> 32);
    }

    private void Step() => _state = (_state * s_multiplier) + _increment;
}
