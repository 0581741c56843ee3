using ProjectMap.Domain.Time;
using ProjectMap.Tiles.Grids;
using ProjectMap.Tiles.Mosaic;
using ProjectMap.Tiles.Output;

namespace ProjectMap.Tiles.Building;

/// <summary>Which monthly mosaics to build and how.</summary>
public sealed record TileBuildRequest
{
    /// <summary>The tiles root folder (<c>tiles/</c>).</summary>
    public required string Root { get; init; }

    /// <summary>Only this project (null: every project with photos).</summary>
    public string? ProjectCode { get; init; }

    /// <summary>Only this month (null: every month with photos).</summary>
    public YearMonth? Month { get; init; }

    /// <summary>Zoom levels (default 15–21).</summary>
    public ZoomRange Zooms { get; init; } = new(15, 21);

    /// <summary>The grid (default Web Mercator).</summary>
    public ITileGrid Grid { get; init; } = TileGrid.WebMercator;

    /// <summary>The tile format (default PNG).</summary>
    public TileFormat Format { get; init; } = TileFormat.Png;

    /// <summary>Write one MBTiles file per pyramid instead of a folder (Web Mercator only).</summary>
    public bool MbTiles { get; init; }

    /// <summary>Rebuild everything even when the manifest says nothing changed.</summary>
    public bool Force { get; init; }

    /// <summary>Use the latest officer correction of each photo when it has one (default true).</summary>
    public bool UseCorrections { get; init; } = true;

    /// <summary>Blending and threading.</summary>
    public MosaicOptions Mosaic { get; init; } = MosaicOptions.Default;
}
