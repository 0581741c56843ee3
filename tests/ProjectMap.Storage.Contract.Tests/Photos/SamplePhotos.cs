using NetTopologySuite.Geometries;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Time;

namespace ProjectMap.Storage.Contract.Tests.Photos;

/// <summary>Stored photos for the contract tests (footprint squares near the sample district) and what a footprint query must answer for them.</summary>
public static class SamplePhotos
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4490);

    /// <summary>A photo with a distinct hash built from <paramref name="n"/>, its footprint a 0.001° square at (lon, lat).</summary>
    public static StoredPhoto Photo(int n, double lon = 119.8455, double lat = 31.7085, string? project = "P1", YearMonth? month = null)
    {
        var sha = n.ToString("x64", System.Globalization.CultureInfo.InvariantCulture);
        return new StoredPhoto
        {
            Sha256 = sha,
            FileName = $"DJI_{n:D4}.JPG",
            SizeBytes = 1000 + n,
            StoredPath = $"originals/{sha[..2]}/{sha[2..4]}/{sha}.jpg",
            Status = "warning",
            Warnings = ["a warning"],
            Make = "DJI",
            Model = "FC300S",
            CapturedAt = new DateTimeOffset(2023, 12, 15, 10, 30, n % 60, TimeSpan.FromHours(8)),
            Month = month ?? new YearMonth(2023, 12),
            ProjectCode = project,
            Footprint = Square(lon, lat),
            LatitudeDeg = lat,
            LongitudeDeg = lon,
            HeightAboveGroundM = 40.1,
            YawDeg = 44.2,
            PitchDeg = -89.9,
            RollDeg = 0,
            WidthPx = 4000,
            HeightPx = 2250,
            FocalLengthPx = 2311.2,
            PrincipalPointXPx = 2000,
            PrincipalPointYPx = 1125,
            IntrinsicsSource = "equivalent35mm",
            GsdCm = 1.73,
            AccuracyM = 3.1,
            GroundOffsetM = 0,
            MetadataJson = "{\"inspection\":{}}",
            IngestedAt = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
        };
    }

    /// <summary>A square footprint in EPSG:4490, its south-west corner at (<paramref name="lon"/>, <paramref name="lat"/>) and its side <paramref name="size"/> degrees.</summary>
    public static Polygon Square(double lon, double lat, double size = 0.001) =>
        Factory.CreatePolygon([new(lon, lat), new(lon + size, lat), new(lon + size, lat + size), new(lon, lat + size), new(lon, lat)]);

    /// <summary>
    /// The hashes a footprint query must return for <paramref name="photos"/>: footprints whose envelope meets
    /// <paramref name="box"/> (edges touching count), of <paramref name="month"/> (null: any month), in the stores' order
    /// (capture time, photos without one last, then hash), at most <paramref name="limit"/>.
    /// </summary>
    public static List<string> ExpectedFootprints(IEnumerable<StoredPhoto> photos, Envelope box, YearMonth? month, int limit = int.MaxValue) =>
        photos
            .Where(p => p.Footprint.EnvelopeInternal.Intersects(box) && (month is null || p.Month == month))
            .OrderBy(p => p.CapturedAt is null).ThenBy(p => p.CapturedAt).ThenBy(p => p.Sha256, StringComparer.Ordinal)
            .Take(limit)
            .Select(p => p.Sha256)
            .ToList();
}
