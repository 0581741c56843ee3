using System.Globalization;
using System.Text.Json;
using ProjectMap.Cli;
using ProjectMap.Geodesy.Points;
using ProjectMap.Geodesy.Projections;
using Xunit.Abstractions;

namespace ProjectMap.Rendering.Tests.Synthetic;

/// <summary>
/// The committed sample photos against their sidecars: the camera geometry rebuilt from the metadata as written puts the
/// image corners and centre where the sidecar says (within 5 cm; the pose is snapped to the written precision, so the
/// difference is only floating-point rounding).
/// </summary>
public sealed class GroundTruthTests(ITestOutputHelper output)
{
    private const double ToleranceM = 0.05;

    public static TheoryData<string> CommittedPhotos()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(SampleWorld.PhotoFolder, "*.JPG", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(SampleWorld.PhotoFolder, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommittedPhotos))]
    public void SidecarCorners_EqualFootprintRecomputedFromMetadata(string relativePath)
    {
        var path = Path.Combine(SampleWorld.PhotoFolder, relativePath);
        var metadata = IndependentMetadata.Read(path);
        using var sidecar = JsonDocument.Parse(File.ReadAllBytes(Path.ChangeExtension(path, ".json")));
        var root = sidecar.RootElement;
        var geo = metadata.Georeference(maxGroundDistanceM: 100_000);
        var zone = GaussKrugerZone.FromEpsg(root.GetProperty("grid").GetProperty("epsg").GetInt32());
        var footprint = geo.Footprint(samplesPerEdge: 1);
        Assert.False(footprint.HorizonClamped);

        var worst = 0.0;
        foreach (var corner in root.GetProperty("corners").EnumerateArray().Append(root.GetProperty("centre")))
        {
            var col = corner.GetProperty("col").GetDouble();
            var row = corner.GetProperty("row").GetDouble();
            Assert.False(corner.GetProperty("aboveHorizon").GetBoolean());
            var truth = new GeodeticPoint(corner.GetProperty("latitudeDeg").GetDouble(), corner.GetProperty("longitudeDeg").GetDouble());
            var truthGrid = zone.Forward(truth);
            Assert.Equal(truthGrid.EastingM, corner.GetProperty("eastingM").GetDouble(), 3);
            Assert.Equal(truthGrid.NorthingM, corner.GetProperty("northingM").GetDouble(), 3);

            Assert.True(geo.TryPixelToGround(col, row, out var recomputed));
            var d = Distance(zone, truth, recomputed);
            worst = Math.Max(worst, d);

            if (corner.GetProperty("name").GetString() != "centre")
            {
                // The footprint polygon (corner rays only) has a vertex at the same place.
                var nearest = footprint.LonLat.Coordinates.Min(c => Distance(zone, truth, new GeodeticPoint(c.Y, c.X)));
                worst = Math.Max(worst, nearest);
            }
        }

        output.WriteLine($"{relativePath}: worst corner/centre difference {worst:E2} m");
        Assert.InRange(worst, 0, ToleranceM);
    }

    [Theory]
    [MemberData(nameof(CommittedPhotos))]
    public void SidecarPose_EqualsMetadata(string relativePath)
    {
        var path = Path.Combine(SampleWorld.PhotoFolder, relativePath);
        var metadata = IndependentMetadata.Read(path);
        using var sidecar = JsonDocument.Parse(File.ReadAllBytes(Path.ChangeExtension(path, ".json")));
        var pose = sidecar.RootElement.GetProperty("pose");
        var camera = sidecar.RootElement.GetProperty("camera");

        Assert.Equal(pose.GetProperty("latitudeDeg").GetDouble(), metadata.LatitudeDeg, 10);
        Assert.Equal(pose.GetProperty("longitudeDeg").GetDouble(), metadata.LongitudeDeg, 10);
        Assert.Equal(pose.GetProperty("relativeAltitudeM").GetDouble(), metadata.RelativeAltitudeM, 9);
        Assert.Equal(pose.GetProperty("absoluteAltitudeM").GetDouble(), metadata.GpsAltitudeM, 9);
        Assert.Equal(pose.GetProperty("gimbalYawDeg").GetDouble(), metadata.GimbalYawDeg, 9);
        Assert.Equal(pose.GetProperty("gimbalPitchDeg").GetDouble(), metadata.GimbalPitchDeg, 9);
        Assert.Equal(pose.GetProperty("gimbalRollDeg").GetDouble(), metadata.GimbalRollDeg, 9);
        Assert.Equal(camera.GetProperty("focalLengthPx").GetDouble(), metadata.FocalLengthPx, 9);
        Assert.Equal(camera.GetProperty("widthPx").GetInt32(), metadata.WidthPx);
        Assert.Equal(DateTime.Parse(sidecar.RootElement.GetProperty("capturedAtLocal").GetString()!, System.Globalization.CultureInfo.InvariantCulture), metadata.CapturedAtLocal);
    }

    [Theory]
    [MemberData(nameof(CommittedPhotos))]
    public async Task SurveyTargets_PhotoLocatePutsThemOnTheSidecarPixels(string relativePath)
    {
        var path = Path.Combine(SampleWorld.PhotoFolder, relativePath);
        using var sidecar = JsonDocument.Parse(File.ReadAllBytes(Path.ChangeExtension(path, ".json")));
        var inImage = sidecar.RootElement.GetProperty("markers").EnumerateArray().Where(m => m.GetProperty("inImage").GetBoolean()).ToList();
        Assert.NotEmpty(inImage);
        foreach (var marker in inImage)
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var ground = string.Create(CultureInfo.InvariantCulture, $"{marker.GetProperty("latitudeDeg").GetDouble():R},{marker.GetProperty("longitudeDeg").GetDouble():R}");
            var code = await CliApp.RunAsync(["photo", "locate", path, "--ground", ground, "--json"], stdout, stderr);
            Assert.True(code == 0, stderr.ToString());
            using var located = JsonDocument.Parse(stdout.ToString());
            Assert.Equal(marker.GetProperty("col").GetDouble(), located.RootElement.GetProperty("col").GetDouble(), 3);
            Assert.Equal(marker.GetProperty("row").GetDouble(), located.RootElement.GetProperty("row").GetDouble(), 3);
        }
    }

    [Fact]
    public void CommittedSet_IsComplete()
    {
        var photos = Directory.EnumerateFiles(SampleWorld.PhotoFolder, "*.JPG", SearchOption.AllDirectories).ToList();
        var months = photos.Where(p => p.Contains("WJ2023-001", StringComparison.Ordinal)).Select(p => Path.GetFileName(Path.GetDirectoryName(p))).Distinct().Order().ToList();
        var total = Directory.EnumerateFiles(SampleWorld.PhotoFolder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var metadata = photos.Select(IndependentMetadata.Read).ToList();

        Assert.Equal(Enumerable.Range(1, 12).Select(m => $"2023-{m:D2}"), months);
        Assert.True(photos.Count(p => p.Contains("WJ2023-002", StringComparison.Ordinal)) >= 3);
        Assert.True(photos.Count(p => p.Contains("WJ2023-003", StringComparison.Ordinal)) >= 3);
        Assert.All(photos, p => Assert.True(File.Exists(Path.ChangeExtension(p, ".json")), $"{p} has no sidecar"));
        Assert.All(metadata, m => Assert.InRange(m.WidthPx, 1600, 2000));
        Assert.Contains(metadata, m => m.GimbalPitchDeg is >= -60 and <= -45);
        Assert.Contains(metadata, m => m.GimbalPitchDeg <= -89.99 && Math.Abs(m.GimbalYawDeg) > 10);
        Assert.True(metadata.Count(m => m.GimbalPitchDeg <= -89.99) > metadata.Count / 2, "mostly nadir");
        Assert.All(photos, p => Assert.InRange(new FileInfo(p).Length, 1, 3L * 1024 * 1024));
        output.WriteLine($"{photos.Count} photos, {total / 1048576.0:0.00} MB with sidecars");
        Assert.InRange(total, 1, 20L * 1024 * 1024);
    }

    private static double Distance(GaussKrugerZone zone, GeodeticPoint a, GeodeticPoint b)
    {
        var ga = zone.Forward(a);
        var gb = zone.Forward(b);
        return Math.Sqrt(Math.Pow(ga.EastingM - gb.EastingM, 2) + Math.Pow(ga.NorthingM - gb.NorthingM, 2));
    }
}
