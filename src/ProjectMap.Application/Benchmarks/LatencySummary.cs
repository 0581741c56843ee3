namespace ProjectMap.Application.Benchmarks;

/// <summary>Percentiles of a set of timings, in milliseconds (nearest-rank percentiles).</summary>
/// <param name="Count">Number of timings.</param>
/// <param name="P50Ms">Median, in milliseconds.</param>
/// <param name="P95Ms">95th percentile, in milliseconds.</param>
/// <param name="MaxMs">Slowest, in milliseconds.</param>
/// <param name="MeanMs">Mean, in milliseconds.</param>
public sealed record LatencySummary(int Count, double P50Ms, double P95Ms, double MaxMs, double MeanMs)
{
    /// <summary>Summarises timings given in milliseconds; an empty list gives all zeros.</summary>
    public static LatencySummary Of(IReadOnlyCollection<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        if (milliseconds.Count == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0);
        }

        var sorted = milliseconds.Order().ToArray();
        return new LatencySummary(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), sorted[^1], sorted.Average());
    }

    /// <summary>The nearest-rank percentile <paramref name="p"/> (0–100) of ascending values.</summary>
    public static double Percentile(IReadOnlyList<double> ascending, double p)
    {
        ArgumentNullException.ThrowIfNull(ascending);
        if (ascending.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p / 100.0 * ascending.Count);
        return ascending[Math.Clamp(rank - 1, 0, ascending.Count - 1)];
    }
}
