using System.Globalization;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;

namespace ProjectMap.Rendering.Synthetic.Photo;

/// <summary>
/// Writes a synthetic photo's metadata as a DJI aircraft does, with ImageSharp's EXIF and XMP profiles:
/// EXIF GPS latitude/longitude as degrees, minutes and seconds with the seconds to 1/100000″ (so any position on the
/// 1e-7° grid is exact), GPS altitude (above sea level, reference 0) to 0.01 m, DateTimeOriginal in local
/// Asia/Shanghai time without a zone, make/model, focal length, 35 mm equivalent, focal-plane resolution in pixels per
/// centimetre of the output image (so focal length in pixels = focal mm × resolution ÷ 10 is exact), pixel dimensions;
/// XMP in the <c>http://www.dji.com/drone-dji/1.0/</c> namespace (prefix drone-dji) with altitudes and gimbal/flight
/// angles formatted like DJI's "+45.30" (two decimals) and GpsLatitude/GpsLongtitude (DJI's spelling) to 1e-7°.
/// The files are marked as synthetic in ImageDescription, Software and xmp:CreatorTool.
/// </summary>
public static class DjiMetadata
{
    /// <summary>The DJI XMP namespace URI.</summary>
    public const string DjiNamespace = "http://www.dji.com/drone-dji/1.0/";

    /// <summary>What Software, ImageDescription and xmp:CreatorTool say.</summary>
    public const string SyntheticMark = "ProjectMap synthetic imagery (not a real photo)";

    private const uint SecondsDenominator = 100000;

    /// <summary>The EXIF profile of a photo of <paramref name="widthPx"/> × <paramref name="heightPx"/> taken by <paramref name="camera"/> at <paramref name="pose"/>.</summary>
    public static ExifProfile Exif(DroneCameraModel camera, ShotPose pose, int widthPx, int heightPx)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(pose);
        var exif = new ExifProfile();
        var when = pose.CapturedAtLocal.ToString("yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture);
        exif.SetValue(ExifTag.ImageDescription, SyntheticMark);
        exif.SetValue(ExifTag.Make, camera.Make);
        exif.SetValue(ExifTag.Model, camera.Model);
        exif.SetValue(ExifTag.Orientation, (ushort)1);
        exif.SetValue(ExifTag.XResolution, new Rational(72, 1));
        exif.SetValue(ExifTag.YResolution, new Rational(72, 1));
        exif.SetValue(ExifTag.ResolutionUnit, (ushort)2);
        exif.SetValue(ExifTag.Software, SyntheticMark);
        exif.SetValue(ExifTag.DateTime, when);
        exif.SetValue(ExifTag.ExposureTime, new Rational(1, 800));
        exif.SetValue(ExifTag.FNumber, new Rational(56, 10));
        exif.SetValue(ExifTag.ExposureProgram, (ushort)2);
        exif.SetValue(ExifTag.ISOSpeedRatings, [(ushort)100]);
        exif.SetValue(ExifTag.ExifVersion, Encoding.ASCII.GetBytes("0230"));
        exif.SetValue(ExifTag.DateTimeOriginal, when);
        exif.SetValue(ExifTag.DateTimeDigitized, when);
        exif.SetValue(ExifTag.ExposureBiasValue, new SignedRational(0, 1));
        exif.SetValue(ExifTag.MeteringMode, (ushort)2);
        exif.SetValue(ExifTag.FocalLength, Exact(camera.FocalLengthMm, 1000));
        exif.SetValue(ExifTag.ColorSpace, (ushort)1);
        exif.SetValue(ExifTag.PixelXDimension, new Number((uint)widthPx));
        exif.SetValue(ExifTag.PixelYDimension, new Number((uint)heightPx));

        // Pixels per centimetre of sensor for THIS output size: width px ÷ (sensor width mm ÷ 10).
        var sensorWidthUm = (uint)Math.Round(camera.SensorWidthMm * 1000);
        var sensorHeightUm = (uint)Math.Round(camera.SensorHeightMm * 1000);
        exif.SetValue(ExifTag.FocalPlaneXResolution, Reduce((ulong)widthPx * 10000, sensorWidthUm));
        exif.SetValue(ExifTag.FocalPlaneYResolution, Reduce((ulong)heightPx * 10000, sensorHeightUm));
        exif.SetValue(ExifTag.FocalPlaneResolutionUnit, (ushort)3);
        exif.SetValue(ExifTag.FocalLengthIn35mmFilm, (ushort)Math.Round(camera.FocalLength35mm));

        exif.SetValue(ExifTag.GPSVersionID, [2, 3, 0, 0]);
        exif.SetValue(ExifTag.GPSLatitudeRef, pose.LatitudeDeg >= 0 ? "N" : "S");
        exif.SetValue(ExifTag.GPSLatitude, Dms(pose.LatitudeDeg));
        exif.SetValue(ExifTag.GPSLongitudeRef, pose.LongitudeDeg >= 0 ? "E" : "W");
        exif.SetValue(ExifTag.GPSLongitude, Dms(pose.LongitudeDeg));
        exif.SetValue(ExifTag.GPSAltitudeRef, pose.AbsoluteAltitudeM >= 0 ? (byte)0 : (byte)1);
        exif.SetValue(ExifTag.GPSAltitude, new Rational((uint)Math.Round(Math.Abs(pose.AbsoluteAltitudeM) * 100), 100));
        exif.SetValue(ExifTag.GPSMapDatum, "WGS-84");
        return exif;
    }

    /// <summary>The DJI-style XMP packet for <paramref name="pose"/>.</summary>
    public static XmpProfile Xmp(DroneCameraModel camera, ShotPose pose)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(pose);
        var date = pose.CapturedAtLocal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var xml = new StringBuilder()
            .Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
            .Append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("  <rdf:Description rdf:about=\"DJI Meta Data\"\n")
            .Append("    xmlns:tiff=\"http://ns.adobe.com/tiff/1.0/\"\n")
            .Append("    xmlns:exif=\"http://ns.adobe.com/exif/1.0/\"\n")
            .Append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
            .Append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
            .Append("    xmlns:drone-dji=\"").Append(DjiNamespace).Append("\"\n")
            .Append("   xmp:ModifyDate=\"").Append(date).Append("\"\n")
            .Append("   xmp:CreateDate=\"").Append(date).Append("\"\n")
            .Append("   xmp:CreatorTool=\"").Append(SyntheticMark).Append("\"\n")
            .Append("   tiff:Make=\"").Append(camera.Make).Append("\"\n")
            .Append("   tiff:Model=\"").Append(camera.Model).Append("\"\n")
            .Append("   dc:format=\"image/jpg\"\n")
            .Append("   drone-dji:GpsLatitude=\"").Append(Signed(pose.LatitudeDeg, 7)).Append("\"\n")
            .Append("   drone-dji:GpsLongtitude=\"").Append(Signed(pose.LongitudeDeg, 7)).Append("\"\n")
            .Append("   drone-dji:AbsoluteAltitude=\"").Append(Signed(pose.AbsoluteAltitudeM, 2)).Append("\"\n")
            .Append("   drone-dji:RelativeAltitude=\"").Append(Signed(pose.RelativeAltitudeM, 2)).Append("\"\n")
            .Append("   drone-dji:GimbalRollDegree=\"").Append(Signed(pose.Gimbal.RollDeg, 2)).Append("\"\n")
            .Append("   drone-dji:GimbalYawDegree=\"").Append(Signed(pose.Gimbal.YawDeg, 2)).Append("\"\n")
            .Append("   drone-dji:GimbalPitchDegree=\"").Append(Signed(pose.Gimbal.PitchDeg, 2)).Append("\"\n")
            .Append("   drone-dji:FlightRollDegree=\"").Append(Signed(pose.FlightRollDeg, 2)).Append("\"\n")
            .Append("   drone-dji:FlightYawDegree=\"").Append(Signed(pose.FlightYawDeg, 2)).Append("\"\n")
            .Append("   drone-dji:FlightPitchDegree=\"").Append(Signed(pose.FlightPitchDeg, 2)).Append("\"\n")
            .Append("   drone-dji:CamReverse=\"0\"\n")
            .Append("   drone-dji:GimbalReverse=\"0\"\n")
            .Append("   drone-dji:RtkFlag=\"0\"/>\n")
            .Append(" </rdf:RDF>\n")
            .Append("</x:xmpmeta>\n")
            .Append("<?xpacket end=\"w\"?>");
        return new XmpProfile(Encoding.UTF8.GetBytes(xml.ToString()));
    }

    /// <summary>Formats a value with an explicit sign and fixed decimals, as DJI does ("+45.30", "-90.00").</summary>
    public static string Signed(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0;
        }

        var text = Math.Abs(rounded).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return (rounded < 0 ? "-" : "+") + text;
    }

    /// <summary>
    /// Degrees as EXIF degrees/1, minutes/1, seconds/100000 rationals; exact for any multiple of 1e-7° because
    /// 1e-7° = 0.00036″ = 36/100000″.
    /// </summary>
    public static Rational[] Dms(double degrees)
    {
        var units = (long)Math.Round(Math.Abs(degrees) * 1e7, MidpointRounding.AwayFromZero);
        var totalSeconds = units * 36;
        var perDegree = 3600L * SecondsDenominator;
        var perMinute = 60L * SecondsDenominator;
        var d = totalSeconds / perDegree;
        var m = (totalSeconds - (d * perDegree)) / perMinute;
        var s = totalSeconds - (d * perDegree) - (m * perMinute);
        return [new Rational((uint)d, 1), new Rational((uint)m, 1), new Rational((uint)s, SecondsDenominator, false)];
    }

    private static Rational Exact(double value, uint denominator) => Reduce((ulong)Math.Round(value * denominator), denominator);

    private static Rational Reduce(ulong numerator, ulong denominator)
    {
        var g = Gcd(numerator, denominator);
        return new Rational((uint)(numerator / g), (uint)(denominator / g), false);
    }

    private static ulong Gcd(ulong a, ulong b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a == 0 ? 1 : a;
    }
}
