using System.Globalization;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Xmp;
using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Cameras;
using ProjectMap.Imagery.Georeferencing;

namespace ProjectMap.Rendering.Tests.Synthetic;

/// <summary>
/// What an independent reader (MetadataExtractor) recovers from a synthetic JPEG, and the camera geometry rebuilt from
/// it the way the georeferencing reads drone photos: focal length in pixels from FocalLength × FocalPlaneXResolution,
/// height above ground from DJI RelativeAltitude, attitude from the gimbal angles.
/// </summary>
public sealed record IndependentMetadata(
    string Make, string Model, DateTime CapturedAtLocal, double LatitudeDeg, double LongitudeDeg, double GpsAltitudeM, int GpsAltitudeRef,
    double FocalLengthMm, int FocalLength35mm, double FocalPlaneXResolution, int FocalPlaneResolutionUnit, int WidthPx, int HeightPx,
    double RelativeAltitudeM, double AbsoluteAltitudeM, double GimbalYawDeg, double GimbalPitchDeg, double GimbalRollDeg,
    double FlightYawDeg, double FlightPitchDeg, double FlightRollDeg, string RelativeAltitudeText, string GimbalYawText)
{
    private const string Dji = "http://www.dji.com/drone-dji/1.0/";

    public static IndependentMetadata Read(string path)
    {
        var dirs = ImageMetadataReader.ReadMetadata(path);
        var ifd0 = dirs.OfType<ExifIfd0Directory>().Single();
        var sub = dirs.OfType<ExifSubIfdDirectory>().Single();
        var gps = dirs.OfType<GpsDirectory>().Single();
        var xmp = dirs.OfType<XmpDirectory>().Single().XmpMeta!;
        var jpeg = dirs.OfType<JpegDirectory>().Single();
        var location = gps.GetGeoLocation() ?? throw new InvalidOperationException($"{path} has no GPS position");
        string X(string name) => xmp.GetPropertyString(Dji, name) ?? throw new InvalidOperationException($"XMP drone-dji:{name} missing");
        double D(string name) => double.Parse(X(name), NumberStyles.Float, CultureInfo.InvariantCulture);
        var when = DateTime.ParseExact(sub.GetString(ExifDirectoryBase.TagDateTimeOriginal)!, "yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture);
        Assert.Equal(jpeg.GetImageWidth(), sub.GetInt32(ExifDirectoryBase.TagExifImageWidth));
        return new IndependentMetadata(
            ifd0.GetString(ExifDirectoryBase.TagMake)!, ifd0.GetString(ExifDirectoryBase.TagModel)!, when,
            location.Latitude, location.Longitude, gps.GetRational(GpsDirectory.TagAltitude).ToDouble(), gps.GetInt32(GpsDirectory.TagAltitudeRef),
            sub.GetRational(ExifDirectoryBase.TagFocalLength).ToDouble(), sub.GetInt32(ExifDirectoryBase.Tag35MMFilmEquivFocalLength),
            sub.GetRational(ExifDirectoryBase.TagFocalPlaneXResolution).ToDouble(), sub.GetInt32(ExifDirectoryBase.TagFocalPlaneResolutionUnit),
            sub.GetInt32(ExifDirectoryBase.TagExifImageWidth), sub.GetInt32(ExifDirectoryBase.TagExifImageHeight),
            D("RelativeAltitude"), D("AbsoluteAltitude"), D("GimbalYawDegree"), D("GimbalPitchDegree"), D("GimbalRollDegree"),
            D("FlightYawDegree"), D("FlightPitchDegree"), D("FlightRollDegree"), X("RelativeAltitude"), X("GimbalYawDegree"));
    }

    /// <summary>Focal length in pixels from FocalLength (mm) and FocalPlaneXResolution (pixels per cm when the unit is 3).</summary>
    public double FocalLengthPx
    {
        get
        {
            Assert.Equal(3, FocalPlaneResolutionUnit);
            return FocalLengthMm * FocalPlaneXResolution / 10;
        }
    }

    /// <summary>The camera geometry recovered from the metadata alone.</summary>
    public PhotoGeoreference Georeference(double maxGroundDistanceM = PhotoGeoreference.DefaultMaxGroundDistanceM) =>
        new(new PinholeCamera(WidthPx, HeightPx, FocalLengthPx, WidthPx / 2.0, HeightPx / 2.0), new GeodeticPoint(LatitudeDeg, LongitudeDeg),
            RelativeAltitudeM, new CameraAttitude(GimbalYawDeg, GimbalPitchDeg, GimbalRollDeg), maxGroundDistanceM);
}
