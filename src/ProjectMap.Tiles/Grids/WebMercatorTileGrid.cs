using Mercator = ProjectMap.Geodesy.Projections.WebMercator;

namespace ProjectMap.Tiles.Grids;

/// <summary>
/// The XYZ grid in Web Mercator (EPSG:3857): 2^z × 2^z tiles of 256 px at zoom z covering ±180° and ±85.0511°, rows from
/// the north (OSM/Google numbering; MBTiles stores the row flipped). Projection by <see cref="Mercator"/>.
/// </summary>
public sealed class WebMercatorTileGrid : TileGrid
{
    /// <inheritdoc />
    public override string Id => "webmercator";

    /// <inheritdoc />
    public override int Epsg => 3857;

    /// <inheritdoc />
    public override long Columns(int zoom) => 1L << zoom;

    /// <inheritdoc />
    public override long Rows(int zoom) => 1L << zoom;

    /// <summary>Web Mercator metres per global pixel at a zoom level.</summary>
    public double MetresPerPixel(int zoom) => 2 * Mercator.HalfWorldM / (TileSizePx * (double)(1L << zoom));

    /// <inheritdoc />
    public override (double LongitudeDeg, double LatitudeDeg) GlobalPixelToLonLat(int zoom, double x, double y)
    {
        var m = MetresPerPixel(zoom);
        return Mercator.Inverse((x * m) - Mercator.HalfWorldM, Mercator.HalfWorldM - (y * m));
    }

    /// <inheritdoc />
    public override (double X, double Y) LonLatToGlobalPixel(int zoom, double longitudeDeg, double latitudeDeg)
    {
        var (mx, my) = Mercator.Forward(longitudeDeg, latitudeDeg);
        var m = MetresPerPixel(zoom);
        return ((mx + Mercator.HalfWorldM) / m, (Mercator.HalfWorldM - my) / m);
    }

    /// <inheritdoc />
    public override double GroundPixelSizeM(int zoom, double latitudeDeg) => MetresPerPixel(zoom) * Mercator.ScaleToGround(latitudeDeg);
}
