using System.Globalization;
using System.Text.Json;
using ProjectMap.Imagery.Inspection;
using ProjectMap.Imagery.Metadata;
using ProjectMap.Testing;

namespace ProjectMap.Imagery.Tests.Metadata;

/// <summary>
/// Every photo in ../shared/realdata read by us equals exiftool 12.57's reading of it. The expected values were
/// produced once with <c>exiftool -n -json -Make -Model -DateTimeOriginal … brighton-beach/*.JPG dji-multispectral/*.tif</c>
/// and are kept in TestData/realdata-exiftool.json (the photos themselves stay in ../shared).
/// </summary>
public sealed class RealDataTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var e in Expected())
        {
            data.Add(e.GetProperty("SourceFile").GetString()!);
        }

        return data;
    }

    [SharedDataTheory("realdata")]
    [MemberData(nameof(Files))]
    public void Read_RealPhoto_ValuesEqualExiftool(string relative)
    {
        var expected = Expected().Single(e => e.GetProperty("SourceFile").GetString() == relative);
        var m = PhotoMetadataReader.ReadFile(SharedData.PathOf(Path.Combine("realdata", relative))!);

        Assert.Equal(expected.GetProperty("Make").GetString(), m.Make!.Value);
        Assert.Equal(expected.GetProperty("Model").GetString(), m.Model!.Value);
        Assert.Equal(expected.GetProperty("ImageWidth").GetInt32(), m.WidthPx!.Value);
        Assert.Equal(expected.GetProperty("ImageHeight").GetInt32(), m.HeightPx!.Value);
        Assert.Equal(expected.GetProperty("Orientation").GetInt32(), m.Orientation!.Value);
        Assert.Equal(expected.GetProperty("DateTimeOriginal").GetString(), m.CapturedAt!.Value.ToString("yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.FromHours(8), m.CapturedAt.Value.Offset);

        // EXIF stores the position to 1e-7° or better; DJI's XMP copy (used when it agrees) has more digits.
        Assert.Equal(Number(expected, "GPSLatitude"), m.LatitudeDeg!.Value, 1e-7);
        Assert.Equal(Number(expected, "GPSLongitude"), m.LongitudeDeg!.Value, 1e-7);
        Assert.Equal(Number(expected, "GPSAltitude"), m.GpsAltitudeM!.Value, 1e-9);
        Assert.Equal(Number(expected, "RelativeAltitude"), m.RelativeAltitudeM!.Value, 1e-12);
        Assert.Equal(Number(expected, "AbsoluteAltitude"), m.AbsoluteAltitudeM!.Value, 1e-12);
        Assert.Equal(Number(expected, "GimbalYawDegree"), m.GimbalYawDeg!.Value, 1e-12);
        Assert.Equal(Number(expected, "GimbalPitchDegree"), m.GimbalPitchDeg!.Value, 1e-12);
        Assert.Equal(Number(expected, "GimbalRollDegree"), m.GimbalRollDeg!.Value, 1e-12);
        Assert.Equal(Number(expected, "FlightYawDegree"), m.FlightYawDeg!.Value, 1e-12);
        Assert.Equal(Number(expected, "FlightPitchDegree"), m.FlightPitchDeg!.Value, 1e-12);
        Assert.Equal(Number(expected, "FlightRollDegree"), m.FlightRollDeg!.Value, 1e-12);
        Assert.Equal(Number(expected, "FocalLength"), m.FocalLengthMm!.Value, 1e-9);
        Assert.Equal(Number(expected, "FocalLengthIn35mmFormat"), m.FocalLength35mmMm!.Value, 1e-9);
        Optional(expected, "CalibratedFocalLength", m.CalibratedFocalLengthPx);
        Optional(expected, "CalibratedOpticalCenterX", m.CalibratedOpticalCenterXPx);
        Optional(expected, "CalibratedOpticalCenterY", m.CalibratedOpticalCenterYPx);
        Optional(expected, "RtkStdLon", m.RtkStdLonM);
        Optional(expected, "RtkStdLat", m.RtkStdLatM);
        Optional(expected, "RtkStdHgt", m.RtkStdHgtM);
        if (expected.TryGetProperty("RtkFlag", out var rtk))
        {
            Assert.Equal(rtk.GetInt32(), m.RtkFlag!.Value);
        }
    }

    [SharedDataTheory("realdata")]
    [MemberData(nameof(Files))]
    public void Inspect_RealPhoto_IsGeoreferencedWithItsProvenance(string relative)
    {
        var result = PhotoInspector.InspectFile(SharedData.PathOf(Path.Combine("realdata", relative))!);

        Assert.NotEqual(InspectionStatus.Rejected, result.Status);
        Assert.StartsWith("XMP drone-dji:RelativeAltitude", result.Pose!.HeightSource, StringComparison.Ordinal);
        Assert.Contains("drone-dji:GimbalYawDegree", result.Pose.AttitudeSource, StringComparison.Ordinal);
        Assert.InRange(result.GsdCm!.Value, 1, 10);
        Assert.InRange(result.AccuracyM!.Value, 0.5, 10);
    }

    private static void Optional(JsonElement expected, string name, Sourced<double>? actual)
    {
        if (expected.TryGetProperty(name, out _))
        {
            Assert.Equal(Number(expected, name), actual!.Value, 1e-9);
        }
        else
        {
            Assert.Null(actual);
        }
    }

    private static double Number(JsonElement e, string name)
    {
        var p = e.GetProperty(name);
        return p.ValueKind == JsonValueKind.Number ? p.GetDouble() : double.Parse(p.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static List<JsonElement> Expected()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(TestFiles.Path("realdata-exiftool.json")));
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
