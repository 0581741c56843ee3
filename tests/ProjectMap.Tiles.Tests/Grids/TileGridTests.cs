using CsCheck;
using ProjectMap.Tiles.Grids;

namespace ProjectMap.Tiles.Tests.Grids;

public sealed class TileGridTests
{
    [Fact]
    public void WebMercator_ChangzhouAtZoom15_IsTheOsmTile()
    {
        // OSM's formula: x = floor((lon + 180) / 360 · 2^z), y = floor((1 − ln(tan φ + sec φ) / π) / 2 · 2^z).
        const double lon = 119.95, lat = 31.70;
        var n = 1 << 15;
        var x = (int)Math.Floor((lon + 180) / 360 * n);
        var phi = lat * Math.PI / 180;
        var y = (int)Math.Floor((1 - (Math.Log(Math.Tan(phi) + (1 / Math.Cos(phi))) / Math.PI)) / 2 * n);
        var (px, py) = TileGrid.WebMercator.LonLatToGlobalPixel(15, lon, lat);
        Assert.Equal(x, (int)Math.Floor(px / 256));
        Assert.Equal(y, (int)Math.Floor(py / 256));
        Assert.Equal(27302, x);
    }

    [Fact]
    public void WebMercator_TileBounds_WorldCorners()
    {
        var b = TileGrid.WebMercator.TileBounds(new TileId(0, 0, 0));
        Assert.Equal(-180, b.MinX, 9);
        Assert.Equal(180, b.MaxX, 9);
        Assert.Equal(85.0511287798, b.MaxY, 9);
        Assert.Equal(-85.0511287798, b.MinY, 9);
    }

    [Fact]
    public void Geographic_Zoom1_IsTwoTilesOf180Degrees()
    {
        var grid = TileGrid.Cgcs2000;
        Assert.Equal(2, grid.Columns(1));
        Assert.Equal(1, grid.Rows(1));
        var east = grid.TileBounds(new TileId(1, 1, 0));
        Assert.Equal((0.0, 180.0, -90.0, 90.0), (east.MinX, east.MaxX, east.MinY, east.MaxY));
        Assert.Equal(1.40625 / (1 << 18), 360.0 / (256 * (1 << 18)), 15);
    }

    [Fact]
    public void PixelAndLonLat_RoundTrip_WithinMicroPixels()
    {
        Gen.Select(Gen.Double[73.5, 136.5], Gen.Double[3.9, 53.5], Gen.Int[0, 24], Gen.Bool).Sample((lon, lat, z, geographic) =>
        {
            var grid = geographic ? TileGrid.Cgcs2000 : TileGrid.WebMercator;
            var (x, y) = grid.LonLatToGlobalPixel(z, lon, lat);
            var (lon2, lat2) = grid.GlobalPixelToLonLat(z, x, y);
            var (x2, y2) = grid.LonLatToGlobalPixel(z, lon2, lat2);
            return Math.Abs(x2 - x) < 1e-5 && Math.Abs(y2 - y) < 1e-5 && Math.Abs(lon2 - lon) < 1e-9 && Math.Abs(lat2 - lat) < 1e-9;
        });
    }

    [Theory]
    [InlineData("15-21", 15, 21)]
    [InlineData("19", 19, 19)]
    public void ZoomRange_Parse_ReadsRanges(string text, int min, int max) => Assert.Equal(new ZoomRange(min, max), ZoomRange.Parse(text));

    [Theory]
    [InlineData("21-15")]
    [InlineData("15-30")]
    [InlineData("a-b")]
    [InlineData("")]
    public void ZoomRange_ParseBad_ThrowsWithReason(string text) => Assert.Throws<FormatException>(() => ZoomRange.Parse(text));

    [Fact]
    public void TilesCovering_Footprint_OnlyTilesTheFootprintMeets()
    {
        var geo = SyntheticPhoto.Georeference(SyntheticPhoto.Site, 120, 45, -90);
        var photo = new ProjectMap.Tiles.Warping.WarpPhoto("x", geo.LocalToPixel, geo.Frame, 1200, 800, 120, "pose", _ => throw new InvalidOperationException());
        var grid = TileGrid.WebMercator;
        var tiles = grid.TilesCovering(photo.FootprintLonLat, 20);
        var env = photo.FootprintLonLat.EnvelopeInternal;
        var (x0, y0) = grid.LonLatToGlobalPixel(20, env.MinX, env.MaxY);
        var (x1, y1) = grid.LonLatToGlobalPixel(20, env.MaxX, env.MinY);
        var boxTiles = ((int)(x1 / 256) - (int)(x0 / 256) + 1) * ((int)(y1 / 256) - (int)(y0 / 256) + 1);

        // A footprint rotated 45° meets clearly fewer tiles than its bounding box.
        Assert.True(tiles.Count < boxTiles * 0.8, $"{tiles.Count} tiles of {boxTiles} in the box");
        Assert.All(tiles, t => Assert.True(photo.FootprintLonLat.Intersects(NetTopologySuite.Geometries.Geometry.DefaultFactory.ToGeometry(grid.TileBounds(t)))));
    }
}
