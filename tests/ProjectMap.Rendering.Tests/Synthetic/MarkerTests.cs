using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Rendering.Synthetic.Photo;
using ProjectMap.Rendering.Synthetic.Scene;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SkiaSharp;
using Xunit.Abstractions;

namespace ProjectMap.Rendering.Tests.Synthetic;

/// <summary>
/// A magenta disc painted at a known ground point is found in the decoded JPEG where the camera core
/// (<see cref="PhotoGeoreference.TryGroundToPixel"/>) and the metadata as written put it.
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
    public void DiscMarker_Centroid_LandsWhereTheCameraCoreSays(double heightM, double yawDeg, double pitchDeg, double rollDeg)
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

    private static PhotoMetadata ReadBack(byte[] jpeg)
    {
        var path = Path.Combine(Path.GetTempPath(), $"projectmap-marker-{Guid.NewGuid():N}.jpg");
        File.WriteAllBytes(path, jpeg);
        try
        {
            return PhotoMetadata.Read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
