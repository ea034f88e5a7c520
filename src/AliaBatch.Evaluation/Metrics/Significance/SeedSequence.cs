namespace AliaBatch.Evaluation.Metrics.Significance;

/// <summary>
/// NumPy's <c>SeedSequence</c> entropy pool (pool size 4), enough to seed <see cref="Pcg64"/> the way
/// <c>numpy.random.default_rng(seed)</c> does, so resampling indices match sacreBLEU's.
/// </summary>
public static class SeedSequence
{
    private const uint InitA = 0x43b0d7e5;
    private const uint MultA = 0x931e8875;
    private const uint InitB = 0x8b51f9dd;
    private const uint MultB = 0x58f38ded;
    private const uint MixMultL = 0xca01f9dd;
    private const uint MixMultR = 0x4973f715;
    private const int PoolSize = 4;

    /// <summary>The first <paramref name="words"/> 64-bit words of <c>SeedSequence(seed).generate_state(n, uint64)</c>.</summary>
    /// <param name="seed">The non-negative integer seed.</param>
    /// <param name="words">How many 64-bit words to generate.</param>
    /// <returns>The state words.</returns>
    public static ulong[] GenerateState64(ulong seed, int words)
    {
        var pool = MixEntropy(seed);
        var state32 = new uint[words * 2];
        var hashConst = InitB;
        for (var i = 0; i < state32.Length; i++)
        {
            var value = pool[i % PoolSize];
            value ^= hashConst;
            hashConst *= MultB;
            value *= hashConst;
            value ^= value >> 16;
            state32[i] = value;
        }

        var state = new ulong[words];
        for (var i = 0; i < words; i++)
        {
            state[i] = state32[2 * i] | ((ulong)state32[(2 * i) + 1] << 32);
        }

        return state;
    }

    private static uint[] MixEntropy(ulong seed)
    {
        uint[] entropy = seed > uint.MaxValue ? [(uint)seed, (uint)(seed >> 32)] : [(uint)seed];
        var hashConst = InitA;
        var pool = new uint[PoolSize];
        for (var i = 0; i < PoolSize; i++)
        {
            pool[i] = HashMix(i < entropy.Length ? entropy[i] : 0u, ref hashConst);
        }

        for (var source = 0; source < PoolSize; source++)
        {
            for (var destination = 0; destination < PoolSize; destination++)
            {
                if (source != destination)
                {
                    pool[destination] = Mix(pool[destination], HashMix(pool[source], ref hashConst));
                }
            }
        }

        return pool;
    }

    private static uint HashMix(uint value, ref uint hashConst)
    {
        value ^= hashConst;
        hashConst *= MultA;
        value *= hashConst;
        value ^= value >> 16;
        return value;
    }

    private static uint Mix(uint x, uint y)
    {
        var result = (MixMultL * x) - (MixMultR * y);
        result ^= result >> 16;
        return result;
    }
}
