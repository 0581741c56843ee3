using NetTopologySuite.Geometries;
using ProjectMap.Application.Photos.Exports;
using ProjectMap.Domain.Time;

namespace ProjectMap.Reports.Model;

/// <summary>A stored drone photo as a report shows it: where its original is, when it was taken, its ground footprint and pixel → ground mapping.</summary>
public sealed record ReportPhoto
{
    /// <summary>SHA-256 of the original, the photo's identity.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The name of the file it was ingested from, without its folder (display only; the folder is the officer's machine's).</summary>
    public required string FileName { get; init; }

    /// <summary>The original's absolute path in the photo file store, or null when the store's files are not reachable.</summary>
    public string? FilePath { get; init; }

    /// <summary>Capture instant, when known.</summary>
    public DateTimeOffset? CapturedAt { get; init; }

    /// <summary>The capture month (Asia/Shanghai).</summary>
    public required YearMonth Month { get; init; }

    /// <summary>The project the photo is filed under, or null.</summary>
    public string? ProjectCode { get; init; }

    /// <summary>The ground footprint, lon/lat degrees (X = longitude), SRID 4490; from the officer's correction when one is stored.</summary>
    public required Polygon Footprint { get; init; }

    /// <summary>Pixel → ground mapping (pose, or the latest correction).</summary>
    public required PhotoMapping Mapping { get; init; }

    /// <summary>Camera height above the ground in metres.</summary>
    public double HeightAboveGroundM { get; init; }

    /// <summary>Gimbal pitch in degrees (−90 = straight down).</summary>
    public double PitchDeg { get; init; }

    /// <summary>Yaw in degrees clockwise from true north.</summary>
    public double YawDeg { get; init; }

    /// <summary>Ground sample distance at the image centre in centimetres.</summary>
    public double GsdCm { get; init; }

    /// <summary>Estimated horizontal 1-σ error in metres.</summary>
    public double AccuracyM { get; init; }

    /// <summary>Share of the project's parcel the footprint covers, 0 to 1 (0 when the photo is not matched to the parcel).</summary>
    public double ParcelCoveredShare { get; init; }

    /// <summary>The capture day in Asia/Shanghai, or the month's first day when the instant is unknown.</summary>
    public DateOnly Day => CapturedAt is { } at ? DistrictTime.DateOf(at) : Month.FirstDay;
}
