namespace ProjectMap.Rendering.Synthetic;

/// <summary>
/// A small deterministic pseudo-random generator (SplitMix64) and stable hashing, so the synthetic imagery is the same
/// on every run and machine: never seeded from the clock, never from <see cref="string.GetHashCode()"/> (which .NET
/// randomises per process).
/// </summary>
public sealed class StableRandom
{
    private ulong _state;

    /// <summary>Creates a generator from a seed.</summary>
    public StableRandom(ulong seed) => _state = seed;

    /// <summary>Creates a generator seeded from a stable hash of the parts.</summary>
    public static StableRandom For(params object[] parts) => new(Hash(parts));

    /// <summary>A stable 64-bit hash of strings and numbers (FNV-1a over their invariant text, then mixed).</summary>
    public static ulong Hash(params object[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var h = 14695981039346656037UL;
        foreach (var part in parts)
        {
            var text = Convert.ToString(part, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            foreach (var c in text)
            {
                h = (h ^ c) * 1099511628211UL;
            }

            h = (h ^ 0x1F) * 1099511628211UL;
        }

        return Mix(h);
    }

    /// <summary>The SplitMix64 finaliser: a bijective scramble of 64 bits.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform value in [0, 1) from a hash of integer coordinates (for per-pixel and per-cell noise).</summary>
    public static double Unit(ulong seed, long a, long b)
    {
        var h = Mix(seed ^ Mix(unchecked((ulong)a * 0x9E3779B97F4A7C15UL) ^ Mix(unchecked((ulong)b + 0x632BE59BD9B4E019UL))));
        return (h >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A uniform value in [0, 1).</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform value in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Range(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + (int)(NextDouble() * (maxExclusive - min));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>One of the items, uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items[Next(0, items.Count)];
    }
}
