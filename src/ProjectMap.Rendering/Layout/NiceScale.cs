namespace ProjectMap.Rendering.Layout;

/// <summary>Round map scales and scale-bar lengths: 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5 times a power of ten.</summary>
public static class NiceScale
{
    private static readonly double[] ScaleSteps = [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5];
    private static readonly double[] LengthSteps = [1, 2, 2.5, 5];

    /// <summary>The smallest round scale denominator at least <paramref name="denominator"/> (e.g. 37,120 → 40,000).</summary>
    public static double ScaleAtLeast(double denominator)
    {
        if (!double.IsFinite(denominator) || denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "a scale denominator must be positive");
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(denominator)));
        foreach (var step in ScaleSteps)
        {
            if (step * power >= denominator * (1 - 1e-12))
            {
                return step * power;
            }
        }

        return 10 * power;
    }

    /// <summary>The largest round length (1, 2, 2.5 or 5 times a power of ten) not above <paramref name="length"/>.</summary>
    public static double LengthAtMost(double length)
    {
        if (!double.IsFinite(length) || length <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "a length must be positive");
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(length)));
        var best = power;
        foreach (var step in LengthSteps)
        {
            if (step * power <= length * (1 + 1e-12))
            {
                best = step * power;
            }
        }

        return best;
    }
}
