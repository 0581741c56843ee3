using NetTopologySuite.Geometries;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Storage;

/// <summary>
/// A georeferenced photo as a store keeps it: identity (SHA-256 of the original bytes), the pose and camera used,
/// the footprint (CGCS2000 lon/lat, X = longitude, Y = latitude, SRID 4490), its month and project, and the full
/// inspection as read (JSON, original metadata with provenance), which is never altered afterwards.
/// </summary>
public sealed record StoredPhoto
{
    /// <summary>SHA-256 of the original file, 64 lowercase hex digits; the photo's identity.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The file name it was ingested from (display only; never used as a path).</summary>
    public required string FileName { get; init; }

    /// <summary>Size of the original in bytes.</summary>
    public long SizeBytes { get; init; }

    /// <summary>Where the original is kept, relative to the file store's root (e.g. <c>originals/ab/cd/abcd….jpg</c>).</summary>
    public required string StoredPath { get; init; }

    /// <summary>"ok" or "warning".</summary>
    public required string Status { get; init; }

    /// <summary>Warnings from inspection and ingest.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Camera maker.</summary>
    public string? Make { get; init; }

    /// <summary>Camera model.</summary>
    public string? Model { get; init; }

    /// <summary>Capture instant, when known.</summary>
    public DateTimeOffset? CapturedAt { get; init; }

    /// <summary>The capture month in Asia/Shanghai, the month the photo is filed under; null when the capture time is unknown.</summary>
    public YearMonth? Month { get; init; }

    /// <summary>The project the photo is filed under (given at ingest or the parcel it covers most), or null.</summary>
    public string? ProjectCode { get; init; }

    /// <summary>The footprint polygon, lon/lat degrees, SRID 4490.</summary>
    public required Polygon Footprint { get; init; }

    /// <summary>Camera latitude in degrees.</summary>
    public double LatitudeDeg { get; init; }

    /// <summary>Camera longitude in degrees.</summary>
    public double LongitudeDeg { get; init; }

    /// <summary>Height of the camera above the ground plane in metres.</summary>
    public double HeightAboveGroundM { get; init; }

    /// <summary>Camera yaw used, degrees clockwise from true north.</summary>
    public double YawDeg { get; init; }

    /// <summary>Camera pitch used, degrees (−90 = down).</summary>
    public double PitchDeg { get; init; }

    /// <summary>Camera roll used, degrees (+ = right side down).</summary>
    public double RollDeg { get; init; }

    /// <summary>Image width in pixels.</summary>
    public int WidthPx { get; init; }

    /// <summary>Image height in pixels.</summary>
    public int HeightPx { get; init; }

    /// <summary>Focal length in pixels.</summary>
    public double FocalLengthPx { get; init; }

    /// <summary>Principal point column in pixels.</summary>
    public double PrincipalPointXPx { get; init; }

    /// <summary>Principal point row in pixels.</summary>
    public double PrincipalPointYPx { get; init; }

    /// <summary>Where the intrinsics came from ("calibrated", "focalPlaneResolution", "equivalent35mm", "sensorTable").</summary>
    public required string IntrinsicsSource { get; init; }

    /// <summary>Ground sample distance at the image centre in centimetres.</summary>
    public double GsdCm { get; init; }

    /// <summary>Estimated horizontal 1-σ error in metres.</summary>
    public double AccuracyM { get; init; }

    /// <summary>The ground offset (ground height relative to take-off, metres) used at ingest.</summary>
    public double GroundOffsetM { get; init; }

    /// <summary>The inspection as read at ingest (contract JSON plus sources), kept verbatim.</summary>
    public required string MetadataJson { get; init; }

    /// <summary>When it was ingested (UTC).</summary>
    public DateTimeOffset IngestedAt { get; init; }
}
