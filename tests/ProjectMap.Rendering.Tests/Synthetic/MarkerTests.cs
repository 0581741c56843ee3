using System.Globalization;
using System.Text.Json;
using ProjectMap.Cli;
using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Imagery.Inspection;
using ProjectMap.Testing;
using ProjectMap.Rendering.Synthetic.Photo;
using ProjectMap.Rendering.Synthetic.Scene;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SkiaSharp;
using Xunit.Abstractions;

namespace ProjectMap.Rendering.Tests.Synthetic;

/// <summary>
/// A magenta disc painted at a known ground point is found in the decoded JPEG where the camera core
/// (<see cref="PhotoGeoreference.TryGroundToPixel"/>) puts it, and where the product's own reader says from the file
/// alone: <see cref="PhotoInspector"/> and <c>projectmap photo locate</c> in both directions.
/// </summary>
public sealed class MarkerTests(ITestOutputHelper output)
{
    private const double TolerancePx = 1.0;

    [Theory]
    [InlineData(100, 0, -90, 0)]
    [InlineData(120, 77.9, -90, 0)]
    [InlineData(120, -135, -90, 0)]
    [InlineData(90, 38, -50, 0)]
    [InlineData(90, 210, -60, 2.5)]
    public async Task DiscMarker_Centroid_LandsWhereTheCameraCoreAndPhotoLocateSay(double heightM, double yawDeg, double pitchDeg, double rollDeg)
    {
        // The parcel's centre of 鑫奇航 in January 2023: cleared soil, nothing standing there.
        var site = SampleWorld.World.SiteOf(ProjectMap.Domain.Projects.ProjectCode.Parse("WJ2023-001"));
        var g = site.Frame.ToGrid(-22, 18);
        var (lon, lat) = SampleWorld.World.Zone.InverseXY(g.X, g.Y);
        var marker = new GroundMarker("TEST", new GeodeticPoint(lat, lon), MarkerKind.Disc, 3.0, new SKColor(255, 0, 255));
        var shot = SampleWorld.SmallShot("WJ2023-001", new DateTime(2023, 1, 12, 11, 0, 0), heightM, yawDeg, pitchDeg, rollDeg, marker);

        var (jpeg, _, photo) = SyntheticPhotoWriter.Make(SampleWorld.World, shot);
        using var image = Image.Load<Rgb24>(jpeg);
        var (col, row, weight) = Centroid(image);

        Assert.True(photo.Georeference.TryGroundToPixel(marker.Position, out var expectedCol, out var expectedRow));
        var fromMetadata = ReadBack(jpeg).Georeference();
        Assert.True(fromMetadata.TryGroundToPixel(marker.Position, out var metaCol, out var metaRow));
        var error = Math.Sqrt(Math.Pow(col - expectedCol, 2) + Math.Pow(row - expectedRow, 2));
        output.WriteLine($"h {heightM} yaw {yawDeg} pitch {pitchDeg} roll {rollDeg}: marker at ({col:0.000}, {row:0.000}), camera core ({expectedCol:0.000}, {expectedRow:0.000}), error {error:0.000} px over {weight:0} px of coverage");
        Assert.True(weight > 10, "the marker is not visible");
        Assert.InRange(error, 0, TolerancePx);
        Assert.InRange(Math.Abs(metaCol - expectedCol) + Math.Abs(metaRow - expectedRow), 0, 1e-3);

        // The product's reader, from the file alone.
        var inspection = PhotoInspector.Inspect(new MemoryStream(jpeg), "marker.jpg");
        Assert.Equal(InspectionStatus.Ok, inspection.Status);
        Assert.True(inspection.Georeference!.TryGroundToPixel(marker.Position, out var inspectedCol, out var inspectedRow));
        Assert.InRange(Math.Sqrt(Math.Pow(col - inspectedCol, 2) + Math.Pow(row - inspectedRow, 2)), 0, TolerancePx);

        // projectmap photo locate, both ways.
        using var dir = new TempDirectory();
        var file = dir.Combine("marker.jpg");
        File.WriteAllBytes(file, jpeg);
        var ic = CultureInfo.InvariantCulture;
        using var toPixel = await Locate(file, "--ground", string.Create(ic, $"{marker.Position.LatitudeDeg:R},{marker.Position.LongitudeDeg:R}"));
        var locatedCol = toPixel.RootElement.GetProperty("col").GetDouble();
        var locatedRow = toPixel.RootElement.GetProperty("row").GetDouble();
        Assert.InRange(Math.Sqrt(Math.Pow(col - locatedCol, 2) + Math.Pow(row - locatedRow, 2)), 0, TolerancePx);
        using var toGround = await Locate(file, "--pixel", string.Create(ic, $"{col:R},{row:R}"));
        var located = new GeodeticPoint(toGround.RootElement.GetProperty("lat").GetDouble(), toGround.RootElement.GetProperty("lon").GetDouble());
        var (e, n) = photo.Georeference.Frame.ToLocal(located);
        var (me, mn) = photo.Georeference.Frame.ToLocal(marker.Position);
        var groundError = Math.Sqrt(Math.Pow(e - me, 2) + Math.Pow(n - mn, 2));
        output.WriteLine($"  photo locate: ground→pixel ({locatedCol:0.000}, {locatedRow:0.000}); centroid→ground {groundError:0.000} m from the marker");
        Assert.InRange(groundError, 0, TolerancePx * photo.Georeference.GroundSampleDistanceAtCentreM() * 3);
    }

    private static async Task<JsonDocument> Locate(string file, string option, string value)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["photo", "locate", file, option, value, "--json"], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        return JsonDocument.Parse(stdout.ToString());
    }

    private static (double Col, double Row, double Weight) Centroid(Image<Rgb24> image)
    {
        double sc = 0, sr = 0, sw = 0;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var span = rows.GetRowSpan(y);
                for (var x = 0; x < span.Length; x++)
                {
                    var p = span[x];
                    var w = Math.Clamp((Math.Min(p.R, p.B) - p.G - 40) / 120.0, 0, 1);
                    sc += w * (x + 0.5);
                    sr += w * (y + 0.5);
                    sw += w;
                }
            }
        });
        return (sc / sw, sr / sw, sw);
    }

    private static IndependentMetadata ReadBack(byte[] jpeg)
    {
        var path = Path.Combine(Path.GetTempPath(), $"projectmap-marker-{Guid.NewGuid():N}.jpg");
        File.WriteAllBytes(path, jpeg);
        try
        {
            return IndependentMetadata.Read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
