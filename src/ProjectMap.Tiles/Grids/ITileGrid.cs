using NetTopologySuite.Geometries;

namespace ProjectMap.Tiles.Grids;

/// <summary>
/// A square tile pyramid over the earth: tiles of <see cref="TileSizePx"/> pixels, columns from the west and rows from
/// the north. Positions are "global pixels" at a zoom level: continuous, (0, 0) at the grid's north-west corner, a pixel's
/// centre at +0.5. Longitudes and latitudes are CGCS2000 (= WGS84 to the centimetre) degrees.
/// </summary>
public interface ITileGrid
{
    /// <summary>A short identifier: "webmercator" (EPSG:3857) or "cgcs2000" (EPSG:4490 lon/lat, Tianditu's <c>_c</c> grid).</summary>
    string Id { get; }

    /// <summary>The EPSG code of the grid's coordinate system (3857 or 4490).</summary>
    int Epsg { get; }

    /// <summary>Tile width and height in pixels (256).</summary>
    int TileSizePx { get; }

    /// <summary>Columns at a zoom level.</summary>
    long Columns(int zoom);

    /// <summary>Rows at a zoom level.</summary>
    long Rows(int zoom);

    /// <summary>Longitude and latitude in degrees of a global pixel position at a zoom level (exact).</summary>
    (double LongitudeDeg, double LatitudeDeg) GlobalPixelToLonLat(int zoom, double x, double y);

    /// <summary>The global pixel position at a zoom level of a longitude and latitude in degrees (exact).</summary>
    (double X, double Y) LonLatToGlobalPixel(int zoom, double longitudeDeg, double latitudeDeg);

    /// <summary>Ground size of one pixel in metres at a latitude in degrees and zoom level (east-west, true metres).</summary>
    double GroundPixelSizeM(int zoom, double latitudeDeg);

    /// <summary>The tiles at a zoom level whose area meets a lon/lat polygon (X = longitude, Y = latitude, degrees).</summary>
    IReadOnlyList<TileId> TilesCovering(Polygon lonLat, int zoom);

    /// <summary>The lon/lat bounds (west, south, east, north) in degrees of a tile.</summary>
    Envelope TileBounds(TileId tile);
}
