using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Tiff;
using MetadataExtractor.IO;

namespace ProjectMap.Imagery.Metadata;

/// <summary>
/// Reads a drone photo's headers with MetadataExtractor: the JPEG frame header and APP1 segments (EXIF, XMP) up to
/// the start of the compressed image data, or a TIFF's IFDs. Pixels are never decoded. The file size is checked before
/// anything is read, the declared pixel count before anything else is interpreted, and the XMP packet is screened
/// for DTDs/entities and parsed by <see cref="XmpPacket"/> (no XXE). Every value keeps the tag it came from.
/// </summary>
public static class PhotoMetadataReader
{
    private const int TagImageWidth = 0x0100;
    private const int TagImageLength = 0x0101;
    private const int TagMake = 0x010F;
    private const int TagModel = 0x0110;
    private const int TagOrientation = 0x0112;
    private const int TagXmp = 0x02BC;
    private const int TagDateTimeOriginal = 0x9003;
    private const int TagOffsetTime = 0x9010;
    private const int TagOffsetTimeOriginal = 0x9011;
    private const int TagSubSecTimeOriginal = 0x9291;
    private const int TagFocalLength = 0x920A;
    private const int TagFocalPlaneXResolution = 0xA20E;
    private const int TagFocalPlaneYResolution = 0xA20F;
    private const int TagFocalPlaneResolutionUnit = 0xA210;
    private const int TagFocalLength35 = 0xA405;
    private const int TagGpsLatitudeRef = 0x0001;
    private const int TagGpsLatitude = 0x0002;
    private const int TagGpsLongitudeRef = 0x0003;
    private const int TagGpsLongitude = 0x0004;
    private const int TagGpsAltitudeRef = 0x0005;
    private const int TagGpsAltitude = 0x0006;
    private const int TagGpsImgDirectionRef = 0x0010;
    private const int TagGpsImgDirection = 0x0011;

    private static readonly byte[] XmpPreamble = Encoding.ASCII.GetBytes("http://ns.adobe.com/xap/1.0/\0");

    private static readonly HashSet<JpegSegmentType> JpegSegments =
    [
        JpegSegmentType.App1, JpegSegmentType.Sof0, JpegSegmentType.Sof1, JpegSegmentType.Sof2, JpegSegmentType.Sof3,
        JpegSegmentType.Sof5, JpegSegmentType.Sof6, JpegSegmentType.Sof7, JpegSegmentType.Sof9, JpegSegmentType.Sof10,
        JpegSegmentType.Sof11, JpegSegmentType.Sof13, JpegSegmentType.Sof14, JpegSegmentType.Sof15,
    ];

    /// <summary>Reads a file's headers; throws <see cref="PhotoRejectedException"/> with the reason when it cannot be used.</summary>
    public static PhotoMetadata ReadFile(string path, MetadataReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024);
        return Read(stream, options);
    }

    /// <summary>
    /// Reads the headers from a seekable stream positioned at the start of the file; throws
    /// <see cref="PhotoRejectedException"/> with the reason when it cannot be used.
    /// </summary>
    public static PhotoMetadata Read(Stream stream, MetadataReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= MetadataReadOptions.Default;
        if (!stream.CanSeek)
        {
            throw new ArgumentException("the stream must be seekable", nameof(stream));
        }

        var length = stream.Length;
        if (length > options.MaxFileBytes)
        {
            throw new PhotoRejectedException(string.Create(CultureInfo.InvariantCulture, $"file of {length} bytes is larger than the {options.MaxFileBytes} bytes allowed"));
        }

        Span<byte> magic = stackalloc byte[4];
        var start = stream.Position;
        var got = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        stream.Position = start;
        if (got < 4)
        {
            throw new PhotoRejectedException(got == 0 ? "the file is empty" : "the file is too short to be an image");
        }

        try
        {
            if (magic[0] == 0xFF && magic[1] == 0xD8 && magic[2] == 0xFF)
            {
                return ReadJpeg(stream, length, options);
            }

            if ((magic[0] == 'I' && magic[1] == 'I' && magic[2] == 42 && magic[3] == 0) || (magic[0] == 'M' && magic[1] == 'M' && magic[2] == 0 && magic[3] == 42))
            {
                return ReadTiff(stream, length, options);
            }
        }
        catch (Exception e) when (e is JpegProcessingException or TiffProcessingException or ImageProcessingException or IOException or ArgumentException or IndexOutOfRangeException or InvalidOperationException or OverflowException or FormatException)
        {
            throw new PhotoRejectedException($"the image headers are truncated or corrupt ({OneLine(e.Message)})", e);
        }

        throw new PhotoRejectedException($"not a JPEG or TIFF photo (the file starts with {Describe(magic)})");
    }

    private static PhotoMetadata ReadJpeg(Stream stream, long length, MetadataReadOptions options)
    {
        var directories = new List<MetadataExtractor.Directory>();
        var xmp = XmpPacket.Empty;
        (int Width, int Height)? frame = null;
        foreach (var segment in JpegSegmentReader.ReadSegments(new SequentialStreamReader(stream), JpegSegments))
        {
            var bytes = segment.Bytes;
            if (segment.Type == JpegSegmentType.App1)
            {
                if (ExifReader.StartsWithJpegExifPreamble(bytes))
                {
                    directories.AddRange(new ExifReader().Extract(new ByteArrayReader(bytes, ExifReader.JpegSegmentPreamble.Length)));
                }
                else if (bytes.AsSpan().StartsWith(XmpPreamble) && xmp.Count == 0)
                {
                    xmp = XmpPacket.Parse(bytes.AsSpan(XmpPreamble.Length));
                }
            }
            else if (frame is null && bytes.Length >= 5)
            {
                frame = (BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(3, 2)), BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(1, 2)));
                CheckPixels(frame.Value.Width, frame.Value.Height, options);
            }
        }

        if (frame is null)
        {
            throw new PhotoRejectedException("the JPEG has no frame header (SOF): truncated inside its headers or not a photo");
        }

        CheckEndOfImage(stream, length);
        return Build(PhotoFormat.Jpeg, directories, xmp, frame.Value, "JPEG SOF", options);
    }

    private static PhotoMetadata ReadTiff(Stream stream, long length, MetadataReadOptions options)
    {
        var (width, height, xmpBytes) = ScanTiffIfd0(stream, length);
        CheckPixels(width, height, options);
        var xmp = xmpBytes is null ? XmpPacket.Empty : XmpPacket.Parse(xmpBytes);
        stream.Position = 0;
        var directories = TiffMetadataReader.ReadMetadata(stream).ToList();
        return Build(PhotoFormat.Tiff, directories, xmp, (width, height), "TIFF ImageWidth/ImageLength", options);
    }

    private static void CheckPixels(int width, int height, MetadataReadOptions options)
    {
        if (width <= 0 || height <= 0)
        {
            throw new PhotoRejectedException(string.Create(CultureInfo.InvariantCulture, $"the header declares an empty image ({width} × {height} pixels)"));
        }

        var pixels = (long)width * height;
        if (pixels > options.MaxPixels)
        {
            throw new PhotoRejectedException(string.Create(CultureInfo.InvariantCulture, $"the header declares {width} × {height} = {pixels} pixels, more than the {options.MaxPixels} allowed"));
        }
    }

    private static void CheckEndOfImage(Stream stream, long length)
    {
        // Entropy-coded data never contains FF D9, so the end-of-image marker after the headers proves the file is whole
        // (cameras may append trailers after it, hence a search of the last 4 KiB, then 64 KiB, then 1 MiB, rather than a
        // look at the last two bytes).
        var dataStart = stream.Position;
        if (dataStart >= length)
        {
            throw new PhotoRejectedException("truncated JPEG: the file ends where the image data should begin");
        }

        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            foreach (var window in new[] { 4 << 10, 64 << 10, 1 << 20 })
            {
                var from = Math.Max(dataStart, length - window);
                var count = (int)(length - from);
                stream.Position = from;
                stream.ReadExactly(buffer, 0, count);
                if (buffer.AsSpan(0, count).IndexOf([(byte)0xFF, (byte)0xD9]) >= 0)
                {
                    return;
                }

                if (from == dataStart)
                {
                    break;
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        throw new PhotoRejectedException("truncated JPEG: no end-of-image marker after the image data (the file was cut short)");
    }

    private static (int Width, int Height, byte[]? Xmp) ScanTiffIfd0(Stream stream, long length)
    {
        Span<byte> header = stackalloc byte[8];
        stream.Position = 0;
        stream.ReadExactly(header);
        var little = header[0] == 'I';
        uint U32(ReadOnlySpan<byte> b) => little ? BinaryPrimitives.ReadUInt32LittleEndian(b) : BinaryPrimitives.ReadUInt32BigEndian(b);
        ushort U16(ReadOnlySpan<byte> b) => little ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b);
        var ifd = U32(header[4..]);
        if (ifd < 8 || ifd + 2 > length)
        {
            throw new PhotoRejectedException("the TIFF's first directory lies outside the file (truncated or corrupt)");
        }

        stream.Position = ifd;
        Span<byte> countBytes = stackalloc byte[2];
        stream.ReadExactly(countBytes);
        var count = U16(countBytes);
        if (ifd + 2 + (12L * count) > length)
        {
            throw new PhotoRejectedException("the TIFF's first directory is truncated");
        }

        var entries = new byte[12 * count];
        stream.ReadExactly(entries);
        int width = 0, height = 0;
        byte[]? xmp = null;
        for (var i = 0; i < count; i++)
        {
            var e = entries.AsSpan(12 * i, 12);
            var tag = U16(e);
            var type = U16(e[2..]);
            var n = U32(e[4..]);
            var value = type == 3 ? U16(e[8..]) : U32(e[8..]);
            if (tag is TagImageWidth)
            {
                width = (int)Math.Min(value, int.MaxValue);
            }
            else if (tag is TagImageLength)
            {
                height = (int)Math.Min(value, int.MaxValue);
            }
            else if (tag is TagXmp && type is 1 or 7)
            {
                if (n > XmpPacket.MaxPacketBytes)
                {
                    throw new PhotoRejectedException(string.Create(CultureInfo.InvariantCulture, $"XMP packet of {n} bytes is larger than the {XmpPacket.MaxPacketBytes} bytes allowed"));
                }

                var offset = n <= 4 ? ifd + 2 + (12L * i) + 8 : U32(e[8..]);
                if (offset + n > length)
                {
                    throw new PhotoRejectedException("the TIFF's XMP packet lies outside the file (truncated or corrupt)");
                }

                var position = stream.Position;
                stream.Position = offset;
                xmp = new byte[n];
                stream.ReadExactly(xmp);
                stream.Position = position;
            }
        }

        return (width, height, xmp);
    }

    private static PhotoMetadata Build(
        PhotoFormat format, List<MetadataExtractor.Directory> directories, XmpPacket xmp, (int Width, int Height) frame, string frameSource, MetadataReadOptions options)
    {
        var notes = new List<string>();
        var ifd0 = directories.OfType<ExifIfd0Directory>().FirstOrDefault();
        var sub = directories.OfType<ExifSubIfdDirectory>().FirstOrDefault();
        var gps = directories.OfType<GpsDirectory>().FirstOrDefault();
        var x = new XmpValues(xmp, notes);

        var (lat, lon) = ReadGps(gps, x, notes);
        var relative = x.Number(XmpNamespaces.Dji, "RelativeAltitude") ?? x.Number(XmpNamespaces.Pix4DCamera, "AboveGroundAltitude") ?? x.Number(XmpNamespaces.Skydio, "RelativeAltitude");
        return new PhotoMetadata
        {
            Format = format,
            Make = Text(ifd0, TagMake, "EXIF Make") ?? x.Text(XmpNamespaces.Tiff, "Make"),
            Model = Text(ifd0, TagModel, "EXIF Model") ?? x.Text(XmpNamespaces.Tiff, "Model"),
            WidthPx = new Sourced<int>(frame.Width, frameSource),
            HeightPx = new Sourced<int>(frame.Height, frameSource),
            Orientation = ifd0 is not null && ifd0.TryGetInt32(TagOrientation, out var o) ? new Sourced<int>(o, "EXIF Orientation") : null,
            CapturedAt = ReadTime(sub, options.TimeZone, notes),
            LatitudeDeg = lat,
            LongitudeDeg = lon,
            GpsAltitudeM = ReadGpsAltitude(gps, notes),
            RelativeAltitudeM = relative,
            AbsoluteAltitudeM = x.Number(XmpNamespaces.Dji, "AbsoluteAltitude"),
            GimbalYawDeg = x.Number(XmpNamespaces.Dji, "GimbalYawDegree") ?? x.Number(XmpNamespaces.Parrot, "CameraYawDegree")
                ?? x.Number(XmpNamespaces.Skydio, "CameraOrientationNED/Yaw") ?? x.Number(XmpNamespaces.Pix4DCamera, "Yaw"),
            GimbalPitchDeg = x.Number(XmpNamespaces.Dji, "GimbalPitchDegree") ?? x.Number(XmpNamespaces.Parrot, "CameraPitchDegree")
                ?? x.Number(XmpNamespaces.Skydio, "CameraOrientationNED/Pitch") ?? Pix4DPitch(x),
            GimbalRollDeg = x.Number(XmpNamespaces.Dji, "GimbalRollDegree") ?? x.Number(XmpNamespaces.Parrot, "CameraRollDegree")
                ?? x.Number(XmpNamespaces.Skydio, "CameraOrientationNED/Roll") ?? x.Number(XmpNamespaces.Pix4DCamera, "Roll"),
            FlightYawDeg = x.Number(XmpNamespaces.Dji, "FlightYawDegree") ?? x.Number(XmpNamespaces.Parrot, "DroneYawDegree") ?? x.Number(XmpNamespaces.Skydio, "FlightOrientationNED/Yaw"),
            FlightPitchDeg = x.Number(XmpNamespaces.Dji, "FlightPitchDegree") ?? x.Number(XmpNamespaces.Parrot, "DronePitchDegree") ?? x.Number(XmpNamespaces.Skydio, "FlightOrientationNED/Pitch"),
            FlightRollDeg = x.Number(XmpNamespaces.Dji, "FlightRollDegree") ?? x.Number(XmpNamespaces.Parrot, "DroneRollDegree") ?? x.Number(XmpNamespaces.Skydio, "FlightOrientationNED/Roll"),
            ImageDirectionDeg = Rational(gps, TagGpsImgDirection, "EXIF GPSImgDirection"),
            ImageDirectionIsMagnetic = gps?.GetString(TagGpsImgDirectionRef)?.Trim() is "M",
            FocalLengthMm = Rational(sub, TagFocalLength, "EXIF FocalLength"),
            FocalLength35mmMm = sub is not null && sub.TryGetInt32(TagFocalLength35, out var f35) && f35 > 0 ? new Sourced<double>(f35, "EXIF FocalLengthIn35mmFilm") : null,
            FocalPlaneXPxPerMm = FocalPlane(sub, TagFocalPlaneXResolution, "EXIF FocalPlaneXResolution"),
            FocalPlaneYPxPerMm = FocalPlane(sub, TagFocalPlaneYResolution, "EXIF FocalPlaneYResolution"),
            CalibratedFocalLengthPx = x.Number(XmpNamespaces.Dji, "CalibratedFocalLength"),
            CalibratedOpticalCenterXPx = x.Number(XmpNamespaces.Dji, "CalibratedOpticalCenterX"),
            CalibratedOpticalCenterYPx = x.Number(XmpNamespaces.Dji, "CalibratedOpticalCenterY"),
            RtkFlag = x.Number(XmpNamespaces.Dji, "RtkFlag") is { } rtk && double.IsFinite(rtk.Value) ? new Sourced<int>((int)rtk.Value, rtk.Source) : null,
            RtkStdLatM = x.Number(XmpNamespaces.Dji, "RtkStdLat"),
            RtkStdLonM = x.Number(XmpNamespaces.Dji, "RtkStdLon"),
            RtkStdHgtM = x.Number(XmpNamespaces.Dji, "RtkStdHgt"),
            Notes = notes,
        };
    }

    private static Sourced<double>? Pix4DPitch(XmpValues x) =>
        x.Number(XmpNamespaces.Pix4DCamera, "Pitch") is { } p ? new Sourced<double>(p.Value - 90, p.Source + " (Pix4D convention 0 = nadir, minus 90°)") : null;

    private static (Sourced<double>? Lat, Sourced<double>? Lon) ReadGps(GpsDirectory? gps, XmpValues x, List<string> notes)
    {
        Sourced<double>? lat = null, lon = null;
        if (gps is not null && Dms(gps, TagGpsLatitude) is { } la && Dms(gps, TagGpsLongitude) is { } lo)
        {
            var latRef = gps.GetString(TagGpsLatitudeRef)?.Trim();
            var lonRef = gps.GetString(TagGpsLongitudeRef)?.Trim();
            lat = new Sourced<double>(latRef is "S" ? -la : la, "EXIF GPSLatitude/GPSLatitudeRef");
            lon = new Sourced<double>(lonRef is "W" ? -lo : lo, "EXIF GPSLongitude/GPSLongitudeRef");
        }

        // DJI also writes the position in XMP with more digits; use it when it agrees with EXIF (or EXIF has none).
        var xLat = x.Number(XmpNamespaces.Dji, "GpsLatitude");
        var xLon = x.Number(XmpNamespaces.Dji, "GpsLongitude") ?? x.Number(XmpNamespaces.Dji, "GpsLongtitude");
        if (xLat is not null && xLon is not null && double.IsFinite(xLat.Value) && double.IsFinite(xLon.Value))
        {
            if (lat is null || lon is null)
            {
                return (xLat, xLon);
            }

            var dy = (xLat.Value - lat.Value) * 111_320;
            var dx = (xLon.Value - lon.Value) * 111_320 * Math.Cos(lat.Value * Math.PI / 180);
            if (Math.Sqrt((dx * dx) + (dy * dy)) < 1)
            {
                return (xLat, xLon);
            }

            notes.Add(string.Create(CultureInfo.InvariantCulture, $"XMP GPS position differs from EXIF by more than 1 m; EXIF used"));
        }

        return (lat, lon);
    }

    private static double? Dms(GpsDirectory gps, int tag)
    {
        if (gps.GetObject(tag) is not Rational[] { Length: 3 } parts)
        {
            return null;
        }

        return parts[0].ToDouble() + (parts[1].ToDouble() / 60) + (parts[2].ToDouble() / 3600);
    }

    private static Sourced<double>? ReadGpsAltitude(GpsDirectory? gps, List<string> notes)
    {
        if (gps is null || !gps.TryGetRational(TagGpsAltitude, out var alt))
        {
            return null;
        }

        var below = gps.TryGetInt32(TagGpsAltitudeRef, out var r) && r == 1;
        var value = alt.ToDouble();
        if (!double.IsFinite(value))
        {
            notes.Add("EXIF GPSAltitude is not a number; ignored");
            return null;
        }

        return new Sourced<double>(below ? -value : value, below ? "EXIF GPSAltitude (GPSAltitudeRef 1: below sea level)" : "EXIF GPSAltitude");
    }

    private static Sourced<DateTimeOffset>? ReadTime(ExifSubIfdDirectory? sub, TimeZoneInfo zone, List<string> notes)
    {
        var text = sub?.GetString(TagDateTimeOriginal)?.Trim().TrimEnd('\0');
        if (sub is null || string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!DateTime.TryParseExact(text, "yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            notes.Add($"EXIF DateTimeOriginal '{Printable(text)}' is not a date (yyyy:MM:dd HH:mm:ss); ignored");
            return null;
        }

        var subSec = sub.GetString(TagSubSecTimeOriginal)?.Trim().TrimEnd('\0');
        if (!string.IsNullOrEmpty(subSec) && subSec.All(char.IsAsciiDigit) && double.TryParse("0." + subSec, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction))
        {
            local = local.AddTicks((long)Math.Round(fraction * TimeSpan.TicksPerSecond));
        }

        var offsetText = (sub.GetString(TagOffsetTimeOriginal) ?? sub.GetString(TagOffsetTime))?.Trim().TrimEnd('\0');
        if (!string.IsNullOrEmpty(offsetText) && TryParseOffset(offsetText, out var offset))
        {
            return new Sourced<DateTimeOffset>(new DateTimeOffset(local, offset), "EXIF DateTimeOriginal with OffsetTimeOriginal");
        }

        var inZone = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return new Sourced<DateTimeOffset>(inZone, $"EXIF DateTimeOriginal read in {zone.Id} (no offset tag)");
    }

    private static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = default;
        if (text.Length != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h) ||
            !int.TryParse(text.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) || h > 14 || m > 59)
        {
            return false;
        }

        offset = new TimeSpan(h, m, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    private static Sourced<string>? Text(MetadataExtractor.Directory? d, int tag, string source)
    {
        var s = d?.GetString(tag)?.Trim().TrimEnd('\0').Trim();
        return string.IsNullOrEmpty(s) ? null : new Sourced<string>(Printable(s), source);
    }

    private static Sourced<double>? Rational(MetadataExtractor.Directory? d, int tag, string source) =>
        d is not null && d.TryGetRational(tag, out var r) && r.Denominator != 0 ? new Sourced<double>(r.ToDouble(), source) : null;

    private static Sourced<double>? FocalPlane(ExifSubIfdDirectory? sub, int tag, string source)
    {
        if (sub is null || !sub.TryGetRational(tag, out var r) || r.Denominator == 0 || r.ToDouble() <= 0)
        {
            return null;
        }

        var unit = sub.TryGetInt32(TagFocalPlaneResolutionUnit, out var u) ? u : 2;
        var mmPerUnit = unit switch
        {
            3 => 10.0,
            4 => 1.0,
            5 => 0.001,
            _ => 25.4,
        };
        var unitName = unit switch
        {
            3 => "cm",
            4 => "mm",
            5 => "µm",
            _ => "inch",
        };
        return new Sourced<double>(r.ToDouble() / mmPerUnit, $"{source} (per {unitName})");
    }

    /// <summary>A string with control characters replaced, safe to print on a terminal or store.</summary>
    internal static string Printable(string s) => new(s.Select(c => char.IsControl(c) ? '?' : c).ToArray());

    private static string OneLine(string s) => Printable(s.ReplaceLineEndings(" ")).Trim();

    private static string Describe(ReadOnlySpan<byte> magic)
    {
        if (magic[0] == 0x89 && magic[1] == 'P' && magic[2] == 'N' && magic[3] == 'G')
        {
            return "a PNG signature; PNG has no drone metadata";
        }

        var hex = string.Join(' ', magic.ToArray().Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
        var ascii = new string(magic.ToArray().Select(b => b is >= 32 and < 127 ? (char)b : '.').ToArray());
        return $"bytes {hex} \"{ascii}\"";
    }
}
