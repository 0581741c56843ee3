using System.Globalization;
using ProjectMap.Tiles.Grids;
using ProjectMap.Tiles.Warping;
using Xunit.Abstractions;

namespace ProjectMap.Tiles.Tests.Warping;

public sealed class TileProjectionTests(ITestOutputHelper output)
{
    private static WarpPhoto Photo(double height = 120, double pitch = -90) =>
        SyntheticPhoto.ToWarp(SyntheticPhoto.Georeference(SyntheticPhoto.Site, height, 30, pitch), "/nonexistent.png", "p");

    [Fact]
    public void Project_DroneZooms_OneHomographyPerTileWithinTolerance()
    {
        var photo = Photo();
        var grid = TileGrid.WebMercator;
        foreach (var z in Enumerable.Range(12, 11))
        {
            var statistics = new ProjectionStatistics();
            foreach (var tile in grid.TilesCovering(photo.FootprintLonLat, z))
            {
                TileProjection.Project(grid, tile, photo, 40, depth: 0, statistics, out _);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"z{z}: one homography per tile deviates at most {statistics.MaxErrorPx:0.000000} px from the exact projection"));
            if (z >= 15)
            {
                Assert.True(statistics.MaxErrorPx <= TileProjection.ToleranceOutputPx, $"z{z}: {statistics.MaxErrorPx} px");
            }
        }
    }

    [Fact]
    public void Project_CoarseZoom_SubdividesUntilWithinTolerance()
    {
        // At zoom 7 a tile spans ~300 km: one homography is visibly off, so the tile is split.
        var photo = Photo();
        var grid = TileGrid.Cgcs2000;
        var tile = grid.TilesCovering(photo.FootprintLonLat, 7)[0];
        var single = new ProjectionStatistics();
        TileProjection.Project(grid, tile, photo, 40, depth: 0, single, out _);
        var adaptive = new ProjectionStatistics();
        var blocks = TileProjection.Project(grid, tile, photo, 40, depth: null, adaptive, out var depth);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"z7 geographic: single {single.MaxErrorPx:0.000} px; depth {depth}: {adaptive.MaxErrorPx:0.0000} px, {blocks.Length} blocks"));
        Assert.True(single.MaxErrorPx > TileProjection.ToleranceOutputPx);
        Assert.True(depth > 0);
        Assert.True(adaptive.MaxErrorPx < single.MaxErrorPx / 4);
    }

    [Fact]
    public void Block_MapsTilePixelsToThePhotoPixelsOfTheSameGround()
    {
        // Through the block: tile pixel → photo pixel; independently: tile pixel → lon/lat → the photo's own ground → pixel.
        var geo = SyntheticPhoto.Georeference(SyntheticPhoto.Site, 80, 60, -50);
        var photo = SyntheticPhoto.ToWarp(geo, "/nonexistent.png", "p");
        var grid = TileGrid.WebMercator;
        var worst = 0.0;
        foreach (var tile in grid.TilesCovering(photo.FootprintLonLat, 20).Take(40))
        {
            var blocks = TileProjection.Project(grid, tile, photo, 40, null, null, out _);
            foreach (var (u, v) in new[] { (10.5, 20.5), (128.0, 128.0), (250.5, 3.5) })
            {
                var block = blocks.First(b => u >= b.X0 && u < b.X0 + b.Size && v >= b.Y0 && v < b.Y0 + b.Size);
                var s = block.Evaluate(u, v);
                var (lon, lat) = grid.GlobalPixelToLonLat(20, (tile.X * 256.0) + u, (tile.Y * 256.0) + v);
                if (s.Alpha <= 0 || !geo.TryGroundToPixel(new Geodesy.Points.GeodeticPoint(lat, lon), out var col, out var row))
                {
                    continue;
                }

                worst = Math.Max(worst, Math.Sqrt(((s.Column - col) * (s.Column - col)) + ((s.Row - row) * (s.Row - row))));
            }
        }

        output.WriteLine($"worst photo-pixel difference {worst:0.000000}");
        Assert.True(worst < 0.01, $"{worst} photo px");
    }
}
