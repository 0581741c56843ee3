using Microsoft.Data.Sqlite;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;
using ProjectMap.Rendering.Maps;
using ProjectMap.Rendering.Output;
using ProjectMap.Testing;
using SkiaSharp;

namespace ProjectMap.Rendering.Tests.Maps;

/// <summary>
/// Basemaps from a local XYZ folder and an MBTiles file: a checkerboard of zoom-18 tiles around a project (tile x + y
/// even = red, odd = blue) must land where Web Mercator puts them: each tile's centre, computed here from the XYZ
/// scheme, is sampled on the rendered map.
/// </summary>
[Collection(SampleDistrictCollection.Name)]
public sealed class BasemapTests(SampleDistrictFixture district)
{
    private const int Zoom = 18;
    private static readonly SKColor Even = new(208, 64, 64);
    private static readonly SKColor Odd = new(64, 64, 208);
    private static readonly YearMonth December = new(2023, 12);

    [Fact]
    public async Task Render_XyzFolderBasemap_TilesLandWhereWebMercatorPutsThem()
    {
        using var dir = new TempDirectory();
        var request = Request();
        var (x0, y0) = await CentreTileAsync(request);
        foreach (var (x, y, png) in Tiles(x0, y0))
        {
            Directory.CreateDirectory(dir.Combine("basemap", "18", x.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await File.WriteAllBytesAsync(dir.Combine("basemap", "18", x.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{y}.png"), png);
        }

        await AssertCheckerboardAsync(request, district.Sources with { BasemapPath = dir.Combine("basemap"), BasemapCredit = "测试底图" }, x0, y0);
    }

    [Fact]
    public async Task Render_MbTilesBasemap_TmsRowsFlippedAndAttributionCredited()
    {
        using var dir = new TempDirectory();
        var request = Request();
        var (x0, y0) = await CentreTileAsync(request);
        var path = dir.Combine("basemap.mbtiles");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);" +
                                 "INSERT INTO metadata VALUES ('name', 'test'), ('format', 'png'), ('attribution', '测试影像底图'), ('minzoom', '18'), ('maxzoom', '18');";
            create.ExecuteNonQuery();
            foreach (var (x, y, png) in Tiles(x0, y0))
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO tiles VALUES (18, $x, $row, $data)";
                insert.Parameters.AddWithValue("$x", x);
                insert.Parameters.AddWithValue("$row", (1 << Zoom) - 1 - y);
                insert.Parameters.AddWithValue("$data", png);
                insert.ExecuteNonQuery();
            }
        }

        var sources = district.Sources with { BasemapPath = path };
        await AssertCheckerboardAsync(request, sources, x0, y0);
        var pdf = dir.Combine("map.pdf");
        using (var data = await district.LoadAsync(request, sources))
        {
            MapFileWriter.Write(pdf, data, request with { Page = MapPage.Paper("A4", PageOrientation.Landscape, 100) });
        }

        Assert.Contains("测试影像底图", PdfText.Of(pdf), StringComparison.Ordinal);
    }

    private static MapRequest Request() => new()
    {
        Month = December,
        Overlay = MapOverlay.Status,
        Project = ProjectCode.Parse("WJ2023-004"),
        Page = MapPage.Pixels(1000, 700, 100),
    };

    private async Task<(int X, int Y)> CentreTileAsync(MapRequest request)
    {
        using var data = await district.LoadAsync(request);
        var parcel = data.Projects.Single(p => p.Project.Code == request.Project).Project.Parcel.Centroid;
        var n = 1 << Zoom;
        var x = (int)Math.Floor((parcel.X + 180) / 360 * n);
        var lat = parcel.Y * Math.PI / 180;
        var y = (int)Math.Floor((1 - (Math.Log(Math.Tan(lat) + (1 / Math.Cos(lat))) / Math.PI)) / 2 * n);
        return (x, y);
    }

    private static IEnumerable<(int X, int Y, byte[] Png)> Tiles(int x0, int y0)
    {
        for (var x = x0 - 4; x <= x0 + 4; x++)
        {
            for (var y = y0 - 4; y <= y0 + 4; y++)
            {
                using var surface = SKSurface.Create(new SKImageInfo(256, 256));
                surface.Canvas.Clear((x + y) % 2 == 0 ? Even : Odd);
                using var image = surface.Snapshot();
                using var encoded = image.Encode(SKEncodedImageFormat.Png, 100);
                yield return (x, y, encoded.ToArray());
            }
        }
    }

    private async Task AssertCheckerboardAsync(MapRequest request, MapSources sources, int x0, int y0)
    {
        using var data = await district.LoadAsync(request, sources);
        Assert.NotNull(data.Basemap);
        var (image, result) = MapFileWriter.RenderRaster(data, request);
        using var _ = image;
        using var bitmap = SKBitmap.FromImage(image);
        var viewport = result.Viewport!;
        var checkedTiles = 0;
        var n = 1 << Zoom;
        var parcels = data.Projects.Where(p => p.HasParcel).Select(p =>
        {
            var e = p.ParcelGrid.EnvelopeInternal;
            var r = SKRect.Create(viewport.GridToCanvas(e.MinX, e.MaxY), new SKSize((float)(e.Width * viewport.UnitsPerGridMetre), (float)(e.Height * viewport.UnitsPerGridMetre)));
            r.Inflate(6, 6);
            return r;
        }).ToList();
        for (var x = x0 - 4; x <= x0 + 4; x++)
        {
            for (var y = y0 - 4; y <= y0 + 4; y++)
            {
                var lon = ((x + 0.5) / n * 360) - 180;
                var lat = Math.Atan(Math.Sinh(Math.PI * (1 - (2 * (y + 0.5) / n)))) * 180 / Math.PI;
                var p = viewport.LonLatToCanvas(lon, lat);
                var probe = SKRect.Create(p.X - 3, p.Y - 3, 7, 7);
                var frame = viewport.Frame;
                frame.Inflate(-10, -10);
                if (!frame.Contains(probe) || result.Labels.Any(l => l.Box.IntersectsWith(probe)) || parcels.Any(r => r.IntersectsWith(probe)))
                {
                    continue;
                }

                var expected = (x + y) % 2 == 0 ? Even : Odd;
                var matches = 0;
                for (var dx = -3; dx <= 3; dx++)
                {
                    for (var dy = -3; dy <= 3; dy++)
                    {
                        var c = bitmap.GetPixel((int)p.X + dx, (int)p.Y + dy);
                        matches += Math.Abs(c.Red - expected.Red) < 24 && Math.Abs(c.Blue - expected.Blue) < 24 ? 1 : 0;
                    }
                }

                if (matches < 35)
                {
                    File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "basemap-failure.png"), MapFileWriter.EncodePng(image, 100));
                }

                Assert.True(matches >= 35, $"tile {Zoom}/{x}/{y} at ({p.X:0}, {p.Y:0}): {matches} of 49 pixels around its centre have its colour");
                checkedTiles++;
            }
        }

        Assert.True(checkedTiles >= 4, $"only {checkedTiles} tile centres were clear to check");
    }
}
