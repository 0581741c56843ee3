namespace ProjectMap.Tiles.Grids;

/// <summary>An inclusive rectangle of tiles at one zoom level; empty when <see cref="MaxX"/> &lt; <see cref="MinX"/>.</summary>
/// <param name="Z">Zoom level.</param>
/// <param name="MinX">Westernmost column.</param>
/// <param name="MinY">Northernmost row.</param>
/// <param name="MaxX">Easternmost column.</param>
/// <param name="MaxY">Southernmost row.</param>
public readonly record struct TileRange(int Z, int MinX, int MinY, int MaxX, int MaxY)
{
    /// <summary>True when the range holds no tile.</summary>
    public bool IsEmpty => MaxX < MinX || MaxY < MinY;

    /// <summary>Every tile of the range, row by row from the north-west.</summary>
    public IEnumerable<TileId> Tiles()
    {
        for (var y = MinY; y <= MaxY; y++)
        {
            for (var x = MinX; x <= MaxX; x++)
            {
                yield return new TileId(Z, x, y);
            }
        }
    }

    /// <summary>True when the range holds the tile.</summary>
    public bool Contains(TileId tile) => tile.Z == Z && tile.X >= MinX && tile.X <= MaxX && tile.Y >= MinY && tile.Y <= MaxY;
}
