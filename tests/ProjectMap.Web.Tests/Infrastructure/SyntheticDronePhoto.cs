using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;
using SixLabors.ImageSharp.PixelFormats;

namespace ProjectMap.Web.Tests.Infrastructure;

/// <summary>
/// Writes a small synthetic DJI photo with ImageSharp: EXIF (make/model FC6310, focal length, 35 mm equivalent, GPS,
/// local capture time) and DJI XMP (RelativeAltitude, gimbal and flight angles), looking straight down (gimbal pitch
/// −90°) from above a parcel, with the parcel drawn where that camera sees it: a site whose building grows with
/// <c>progress</c>. Used while the repository has no sample photos (sample-imagery/photos).
/// </summary>
public static class SyntheticDronePhoto
{
    /// <summary>Image width in pixels (3:2, like the FC6310's 5472 × 3648).</summary>
    public const int Width = 1200;

    /// <summary>Image height in pixels.</summary>
    public const int Height = 800;

    private const double FocalMm = 8.8;
    private const double SensorWidthMm = 13.2;

    /// <summary>
    /// The JPEG bytes of a nadir photo taken from <paramref name="heightM"/> metres above the take-off point (= the
    /// ground) over (<paramref name="lon"/>, <paramref name="lat"/>), the top of the image towards <paramref name="yawDeg"/>
    /// (degrees clockwise from true north), at <paramref name="localTime"/> (Asia/Shanghai, written without a zone as DJI does).
    /// </summary>
    public static byte[] Create(double lon, double lat, double heightM, double yawDeg, DateTime localTime, Geometry? parcel, double progress, int seed)
    {
        using var image = new Image<Rgb24>(Width, Height);
        Paint(image, lon, lat, heightM, yawDeg, parcel, progress, seed);
        image.Metadata.ExifProfile = Exif(lon, lat, heightM, localTime);
        image.Metadata.XmpProfile = new XmpProfile(Encoding.UTF8.GetBytes(Xmp(heightM, yawDeg)));
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new JpegEncoder { Quality = 92 });
        return output.ToArray();
    }

    /// <summary>Writes <see cref="Create"/>'s photo over the centre of a parcel to a file and returns its path.</summary>
    public static string WriteOver(string path, Geometry parcel, DateTime localTime, double progress, int seed, double heightM = 180, double yawDeg = 0)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        var centre = parcel.EnvelopeInternal.Centre;
        File.WriteAllBytes(path, Create(centre.X, centre.Y, heightM, yawDeg, localTime, parcel, progress, seed));
        return path;
    }

    private static ExifProfile Exif(double lon, double lat, double heightM, DateTime localTime)
    {
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Make, "DJI");
        exif.SetValue(ExifTag.Model, "FC6310");
        exif.SetValue(ExifTag.Orientation, (ushort)1);
        exif.SetValue(ExifTag.DateTimeOriginal, localTime.ToString("yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture));
        exif.SetValue(ExifTag.FocalLength, new Rational(88, 10));
        exif.SetValue(ExifTag.FocalLengthIn35mmFilm, (ushort)24);
        exif.SetValue(ExifTag.GPSLatitudeRef, lat >= 0 ? "N" : "S");
        exif.SetValue(ExifTag.GPSLatitude, Dms(Math.Abs(lat)));
        exif.SetValue(ExifTag.GPSLongitudeRef, lon >= 0 ? "E" : "W");
        exif.SetValue(ExifTag.GPSLongitude, Dms(Math.Abs(lon)));
        exif.SetValue(ExifTag.GPSAltitudeRef, (byte)0);
        exif.SetValue(ExifTag.GPSAltitude, new Rational((uint)Math.Round((heightM + 5) * 100), 100));
        return exif;
    }

    private static Rational[] Dms(double degrees)
    {
        var d = Math.Floor(degrees);
        var m = Math.Floor((degrees - d) * 60);
        var s = (((degrees - d) * 60) - m) * 60;
        return [new Rational((uint)d, 1), new Rational((uint)m, 1), new Rational((uint)Math.Round(s * 10000), 10000)];
    }

    private static string Xmp(double heightM, double yawDeg)
    {
        static string F(double v) => v.ToString("+0.00;-0.00", CultureInfo.InvariantCulture);
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:drone-dji=\"http://www.dji.com/drone-dji/1.0/\""
            + $" drone-dji:AbsoluteAltitude=\"{F(heightM + 5)}\" drone-dji:RelativeAltitude=\"{F(heightM)}\""
            + $" drone-dji:GimbalRollDegree=\"+0.00\" drone-dji:GimbalYawDegree=\"{F(yawDeg)}\" drone-dji:GimbalPitchDegree=\"-90.00\""
            + $" drone-dji:FlightRollDegree=\"+0.00\" drone-dji:FlightYawDegree=\"{F(yawDeg)}\" drone-dji:FlightPitchDegree=\"+0.00\"/>"
            + "</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static void Paint(Image<Rgb24> image, double lon, double lat, double heightM, double yawDeg, Geometry? parcel, double progress, int seed)
    {
        // Ground metres per pixel of a nadir pinhole: height × sensor width / (focal length × image width).
        var gsd = heightM * SensorWidthMm / (FocalMm * Width);
        var yaw = yawDeg * Math.PI / 180;
        var metresPerDegLat = 111_320.0;
        var metresPerDegLon = 111_320.0 * Math.Cos(lat * Math.PI / 180);
        var ring = parcel is null
            ? []
            : parcel.Coordinates.Select(c => ((c.X - lon) * metresPerDegLon, (c.Y - lat) * metresPerDegLat)).ToArray();
        var (minE, maxE, minN, maxN) = ring.Length == 0 ? (0.0, 0.0, 0.0, 0.0) : (ring.Min(p => p.Item1), ring.Max(p => p.Item1), ring.Min(p => p.Item2), ring.Max(p => p.Item2));
        var random = new Random(seed);
        var noise = new byte[Width * Height];
        random.NextBytes(noise);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < Width; x++)
                {
                    // Camera right and image-up directions on the ground (east, north) for a heading yaw.
                    var right = (x + 0.5 - (Width / 2.0)) * gsd;
                    var up = ((Height / 2.0) - (y + 0.5)) * gsd;
                    var e = (right * Math.Cos(yaw)) + (up * Math.Sin(yaw));
                    var n = (-right * Math.Sin(yaw)) + (up * Math.Cos(yaw));
                    var jitter = (noise[(y * Width) + x] % 24) - 12;
                    Rgb24 colour;
                    if (ring.Length > 0 && Inside(ring, e, n))
                    {
                        var u = (e - minE) / Math.Max(1, maxE - minE);
                        var v = (n - minN) / Math.Max(1, maxN - minN);
                        var building = Math.Abs(u - 0.5) < 0.25 * Math.Min(1, progress + 0.2) && Math.Abs(v - 0.5) < 0.2 * Math.Min(1, progress + 0.2);
                        var edge = Math.Min(Math.Min(u, 1 - u), Math.Min(v, 1 - v)) < 0.02;
                        colour = edge ? new Rgb24(235, 235, 235)
                            : building ? Shade(progress > 0.5 ? (150, 160, 175) : (120, 120, 125), jitter)
                            : Shade(progress > 0.3 ? (170, 165, 150) : (168, 132, 92), jitter);
                    }
                    else
                    {
                        var field = ((int)Math.Floor((e + 1000) / 35) + (int)Math.Floor((n + 1000) / 50)) % 3;
                        var road = Math.Abs(((n % 120) + 120) % 120) < 6;
                        colour = road ? Shade((110, 110, 110), jitter) : Shade(field == 0 ? (84, 122, 60) : field == 1 ? (104, 140, 70) : (132, 150, 84), jitter);
                    }

                    row[x] = colour;
                }
            }
        });
    }

    private static Rgb24 Shade((int R, int G, int B) c, int jitter) =>
        new((byte)Math.Clamp(c.R + jitter, 0, 255), (byte)Math.Clamp(c.G + jitter, 0, 255), (byte)Math.Clamp(c.B + jitter, 0, 255));

    private static bool Inside((double E, double N)[] ring, double e, double n)
    {
        var inside = false;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            if ((ring[i].N > n) != (ring[j].N > n) && e < ((ring[j].E - ring[i].E) * (n - ring[i].N) / (ring[j].N - ring[i].N)) + ring[i].E)
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
