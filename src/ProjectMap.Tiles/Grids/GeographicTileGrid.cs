using Mercator = ProjectMap.Geodesy.Projections.WebMercator;

namespace ProjectMap.Tiles.Grids;

/// <summary>
/// The CGCS2000 geographic grid of Tianditu's <c>_c</c> sets (EPSG:4490, longitude/latitude degrees): at zoom z a tile
/// spans 360 / 2^z degrees in both directions, 2^z columns from 180°W and 2^(z−1) rows from 90°N, so zoom 1 is two
/// 180° tiles; 1.40625 / 2^z degrees per pixel (OGC's GoogleCRS84Quad resolutions, rows from the north).
/// </summary>
public sealed class GeographicTileGrid : TileGrid
{
    /// <inheritdoc />
    public override string Id => "cgcs2000";

    /// <inheritdoc />
    public override int Epsg => 4490;

    /// <inheritdoc />
    public override long Columns(int zoom) => 1L << zoom;

    /// <inheritdoc />
    public override long Rows(int zoom) => Math.Max(1L, 1L << (zoom - 1));

    /// <summary>Degrees per pixel at a zoom level: 360 / (256 · 2^z).</summary>
    public double DegreesPerPixel(int zoom) => 360.0 / (TileSizePx * (double)(1L << zoom));

    /// <inheritdoc />
    public override (double LongitudeDeg, double LatitudeDeg) GlobalPixelToLonLat(int zoom, double x, double y)
    {
        var d = DegreesPerPixel(zoom);
        return ((x * d) - 180.0, 90.0 - (y * d));
    }

    /// <inheritdoc />
    public override (double X, double Y) LonLatToGlobalPixel(int zoom, double longitudeDeg, double latitudeDeg)
    {
        var d = DegreesPerPixel(zoom);
        return ((longitudeDeg + 180.0) / d, (90.0 - latitudeDeg) / d);
    }

    /// <inheritdoc />
    public override double GroundPixelSizeM(int zoom, double latitudeDeg) =>
        DegreesPerPixel(zoom) * Math.PI / 180.0 * Mercator.RadiusM * Math.Cos(latitudeDeg * Math.PI / 180.0);
}
