using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace ProjectMap.Tiles.Grids;

/// <summary>What the two grids share: tile bounds and the tiles a polygon meets, from the exact pixel ↔ lon/lat mapping.</summary>
public abstract class TileGrid : ITileGrid
{
    private static readonly GeometryFactory PixelFactory = new(new PrecisionModel(), 0);

    /// <summary>Web Mercator XYZ (EPSG:3857), as OSM, Google and Tianditu's <c>_w</c> sets.</summary>
    public static ITileGrid WebMercator { get; } = new WebMercatorTileGrid();

    /// <summary>CGCS2000 geographic (EPSG:4490), as Tianditu's <c>_c</c> sets.</summary>
    public static ITileGrid Cgcs2000 { get; } = new GeographicTileGrid();

    /// <summary>The grid with an <see cref="ITileGrid.Id"/> ("webmercator" or "cgcs2000", also "w" and "c"); throws <see cref="FormatException"/> otherwise.</summary>
    public static ITileGrid FromId(string id) => id?.ToUpperInvariant() switch
    {
        "WEBMERCATOR" or "W" or "3857" or "EPSG:3857" => WebMercator,
        "CGCS2000" or "C" or "4490" or "EPSG:4490" => Cgcs2000,
        _ => throw new FormatException($"unknown tile grid '{id}': use webmercator (EPSG:3857) or cgcs2000 (EPSG:4490, Tianditu _c)"),
    };

    /// <inheritdoc />
    public abstract string Id { get; }

    /// <inheritdoc />
    public abstract int Epsg { get; }

    /// <inheritdoc />
    public int TileSizePx => 256;

    /// <inheritdoc />
    public abstract long Columns(int zoom);

    /// <inheritdoc />
    public abstract long Rows(int zoom);

    /// <inheritdoc />
    public abstract (double LongitudeDeg, double LatitudeDeg) GlobalPixelToLonLat(int zoom, double x, double y);

    /// <inheritdoc />
    public abstract (double X, double Y) LonLatToGlobalPixel(int zoom, double longitudeDeg, double latitudeDeg);

    /// <inheritdoc />
    public abstract double GroundPixelSizeM(int zoom, double latitudeDeg);

    /// <inheritdoc />
    public Envelope TileBounds(TileId tile)
    {
        var (w, n) = GlobalPixelToLonLat(tile.Z, (double)tile.X * TileSizePx, (double)tile.Y * TileSizePx);
        var (e, s) = GlobalPixelToLonLat(tile.Z, (double)(tile.X + 1) * TileSizePx, (double)(tile.Y + 1) * TileSizePx);
        return new Envelope(w, e, s, n);
    }

    /// <inheritdoc />
    public IReadOnlyList<TileId> TilesCovering(Polygon lonLat, int zoom)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        var pixels = PixelFactory.CreatePolygon(lonLat.Shell.Coordinates.Select(c =>
        {
            var (x, y) = LonLatToGlobalPixel(zoom, c.X, c.Y);
            return new Coordinate(x, y);
        }).ToArray());
        var env = pixels.EnvelopeInternal;
        var size = (double)TileSizePx;
        var minX = (int)Math.Max(0, Math.Floor(env.MinX / size));
        var maxX = (int)Math.Min(Columns(zoom) - 1, Math.Floor(env.MaxX / size));
        var minY = (int)Math.Max(0, Math.Floor(env.MinY / size));
        var maxY = (int)Math.Min(Rows(zoom) - 1, Math.Floor(env.MaxY / size));
        var prepared = PreparedGeometryFactory.Prepare(pixels);
        var result = new List<TileId>();
        for (var y = minY; y <= maxY; y++)
        {
            for (var x = minX; x <= maxX; x++)
            {
                var cell = PixelFactory.ToGeometry(new Envelope(x * size, (x + 1) * size, y * size, (y + 1) * size));
                if (prepared.Intersects(cell))
                {
                    result.Add(new TileId(zoom, x, y));
                }
            }
        }

        return result;
    }
}
