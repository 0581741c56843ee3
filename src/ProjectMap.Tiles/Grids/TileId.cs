using System.Globalization;

namespace ProjectMap.Tiles.Grids;

/// <summary>One tile of a pyramid: zoom level, column from the west and row from the north (XYZ numbering).</summary>
/// <param name="Z">Zoom level.</param>
/// <param name="X">Column, 0 at the grid's western edge.</param>
/// <param name="Y">Row, 0 at the grid's northern edge.</param>
public readonly record struct TileId(int Z, int X, int Y) : IComparable<TileId>
{
    /// <summary>The tile's parent one zoom level up (half the resolution).</summary>
    public TileId Parent => new(Z - 1, X >> 1, Y >> 1);

    /// <inheritdoc />
    public int CompareTo(TileId other)
    {
        var c = Z.CompareTo(other.Z);
        if (c != 0)
        {
            return c;
        }

        c = X.CompareTo(other.X);
        return c != 0 ? c : Y.CompareTo(other.Y);
    }

    /// <summary>"z/x/y".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Z}/{X}/{Y}");

    /// <summary>Parses "z/x/y"; throws <see cref="FormatException"/> otherwise.</summary>
    public static TileId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length != 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var z) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var x) ||
            !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            throw new FormatException($"'{text}' is not a tile z/x/y");
        }

        return new TileId(z, x, y);
    }

    /// <summary>Operator form of <see cref="CompareTo"/>.</summary>
    public static bool operator <(TileId left, TileId right) => left.CompareTo(right) < 0;

    /// <summary>Operator form of <see cref="CompareTo"/>.</summary>
    public static bool operator >(TileId left, TileId right) => left.CompareTo(right) > 0;

    /// <summary>Operator form of <see cref="CompareTo"/>.</summary>
    public static bool operator <=(TileId left, TileId right) => left.CompareTo(right) <= 0;

    /// <summary>Operator form of <see cref="CompareTo"/>.</summary>
    public static bool operator >=(TileId left, TileId right) => left.CompareTo(right) >= 0;
}
