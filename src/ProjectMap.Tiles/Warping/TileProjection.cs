using ProjectMap.Imagery.Mathematics;
using ProjectMap.Tiles.Grids;

namespace ProjectMap.Tiles.Warping;

/// <summary>
/// Maps an output tile onto a photo. The chain tile pixel → grid (Web Mercator or CGCS2000 lon/lat) → lon/lat →
/// Gauss-Kruger → local ground metres is not projective over a tile, so each block's homography is fitted exactly at the
/// block's four corners and checked against the exact chain at its edge midpoints, centre and quarter points; a block
/// whose worst deviation exceeds <see cref="ToleranceOutputPx"/> output pixels is split in four, down to
/// <see cref="MinBlockPx"/>. The pixel → ground step (the photo's homography) is exact.
/// </summary>
public static class TileProjection
{
    /// <summary>The largest allowed deviation of a block's homography from the exact projection, in output pixels.</summary>
    public const double ToleranceOutputPx = 0.01;

    /// <summary>The smallest block side in pixels.</summary>
    public const int MinBlockPx = 8;

    /// <summary>
    /// The blocks covering a tile for one photo at subdivision depth <paramref name="depth"/> (a 2^depth × 2^depth grid),
    /// or at the depth the tolerance needs when <paramref name="depth"/> is null; records the deviation in <paramref name="statistics"/>.
    /// </summary>
    public static BlockMapping[] Project(ITileGrid grid, TileId tile, WarpPhoto photo, double featherPx, int? depth, ProjectionStatistics? statistics, out int depthUsed)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(photo);
        var size = grid.TileSizePx;
        var zone = photo.Frame.Zone;
        var toEnu = photo.Frame.GridToEnu;
        var (_, lat) = grid.GlobalPixelToLonLat(tile.Z, (tile.X + 0.5) * size, (tile.Y + 0.5) * size);
        var groundPixelM = grid.GroundPixelSizeM(tile.Z, lat);

        (double E, double N) Exact(double u, double v)
        {
            var (lon, la) = grid.GlobalPixelToLonLat(tile.Z, ((double)tile.X * size) + u, ((double)tile.Y * size) + v);
            var (e, n) = zone.ForwardXY(lon, la);
            return toEnu.Apply(e, n);
        }

        var maxDepth = (int)Math.Log2(size / MinBlockPx);
        var d = depth ?? 0;
        double worst;
        BlockMapping[] blocks;
        while (true)
        {
            var n = 1 << d;
            var side = size / n;
            blocks = new BlockMapping[n * n];
            worst = 0;
            for (var by = 0; by < n; by++)
            {
                for (var bx = 0; bx < n; bx++)
                {
                    int x0 = bx * side, y0 = by * side;
                    var q = SquareToQuad.Map(Exact(x0, y0), Exact(x0 + side, y0), Exact(x0 + side, y0 + side), Exact(x0, y0 + side));
                    var normalise = new Homography(new Matrix3(1.0 / side, 0, -(double)x0 / side, 0, 1.0 / side, -(double)y0 / side, 0, 0, 1));
                    var tileToLocal = Homography.Compose(normalise, q);
                    foreach (var (fu, fv) in CheckPoints)
                    {
                        var u = x0 + (fu * side);
                        var v = y0 + (fv * side);
                        var exact = Exact(u, v);
                        var (ae, an) = tileToLocal.Apply(u, v);
                        worst = Math.Max(worst, Math.Sqrt(((ae - exact.E) * (ae - exact.E)) + ((an - exact.N) * (an - exact.N))) / groundPixelM);
                    }

                    blocks[(by * n) + bx] = new BlockMapping(photo, tileToLocal, groundPixelM, featherPx, x0, y0, side);
                }
            }

            if (depth is not null || worst <= ToleranceOutputPx || d >= maxDepth)
            {
                break;
            }

            d++;
        }

        depthUsed = d;
        statistics?.Record(worst, d);
        return blocks;
    }

    private static readonly (double U, double V)[] CheckPoints =
        [(0.5, 0), (1, 0.5), (0.5, 1), (0, 0.5), (0.5, 0.5), (0.25, 0.25), (0.75, 0.25), (0.75, 0.75), (0.25, 0.75)];
}
