namespace ProjectMap.Rendering.Maps;

/// <summary>
/// Proportional circles: area ∝ planned investment, so radius = <see cref="MaxRadius"/> · √(value ÷ <see cref="MaxWan"/>);
/// circles that would be smaller than <see cref="MinRadius"/> are drawn at it (and the legend says so).
/// </summary>
/// <param name="MaxWan">The largest planned investment on the map, 万元.</param>
/// <param name="MaxRadius">Its circle's radius in canvas units.</param>
/// <param name="MinRadius">The smallest radius drawn, canvas units.</param>
public sealed record CircleScale(decimal MaxWan, float MaxRadius, float MinRadius)
{
    /// <summary>The true proportional radius of a value, canvas units (before the minimum).</summary>
    public float TrueRadius(decimal wan) => MaxWan <= 0 || wan <= 0 ? 0 : (float)(MaxRadius * Math.Sqrt((double)(wan / MaxWan)));

    /// <summary>The radius drawn for a value: the true radius, at least <see cref="MinRadius"/>.</summary>
    public float Radius(decimal wan) => Math.Max(MinRadius, TrueRadius(wan));

    /// <summary>The value below which circles are drawn at the minimum size, 万元.</summary>
    public decimal MinimumValueWan => MaxRadius <= 0 ? 0 : MaxWan * (decimal)((MinRadius / MaxRadius) * (MinRadius / MaxRadius));

    /// <summary><see cref="MinimumValueWan"/> rounded to two significant figures, for the legend's note, 万元.</summary>
    public decimal MinimumValueRoundedWan
    {
        get
        {
            var v = (double)MinimumValueWan;
            if (v <= 0)
            {
                return 0;
            }

            var unit = Math.Pow(10, Math.Floor(Math.Log10(v)) - 1);
            return (decimal)(Math.Round(v / unit) * unit);
        }
    }
}
