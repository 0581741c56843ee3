using System.Globalization;

namespace ProjectMap.Tiles.Grids;

/// <summary>An inclusive range of zoom levels, e.g. 15–21.</summary>
/// <param name="Min">The lowest (coarsest) zoom level.</param>
/// <param name="Max">The highest (finest) zoom level.</param>
public readonly record struct ZoomRange(int Min, int Max)
{
    /// <summary>The largest zoom level ProjectMap writes (about 1.9 cm per pixel at Changzhou's latitude in Web Mercator).</summary>
    public const int MaxSupportedZoom = 24;

    /// <summary>The zoom levels from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IEnumerable<int> Levels => Enumerable.Range(Min, Max - Min + 1);

    /// <summary>Parses "Z1-Z2" or a single "Z"; throws <see cref="FormatException"/> with the reason otherwise.</summary>
    public static ZoomRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw new FormatException($"zoom range '{text}' must be Z1-Z2 (e.g. 15-21) or one level");
        }

        var min = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var max = int.Parse(parts[^1], CultureInfo.InvariantCulture);
        if (min > max || max > MaxSupportedZoom)
        {
            throw new FormatException($"zoom range '{text}': levels must rise and stay within 0–{MaxSupportedZoom}");
        }

        return new ZoomRange(min, max);
    }

    /// <summary>"min-max".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Min}-{Max}");
}
