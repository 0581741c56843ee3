using ProjectMap.Imagery.Cameras;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Imagery.Metadata;

namespace ProjectMap.Imagery.Inspection;

/// <summary>Everything ProjectMap learned about one file: metadata, camera, pose, footprint, quality figures or the rejection reason.</summary>
public sealed record PhotoInspection
{
    /// <summary>The file name for display (control characters replaced); never used as a path.</summary>
    public required string FileName { get; init; }

    /// <summary>The file size in bytes.</summary>
    public long SizeBytes { get; init; }

    /// <summary>The SHA-256 of the file's bytes as 64 lowercase hex digits; null when not computed.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Ok, warning or rejected.</summary>
    public required InspectionStatus Status { get; init; }

    /// <summary>Why the file was rejected, in one sentence; null unless rejected.</summary>
    public string? Reason { get; init; }

    /// <summary>Warnings for a georeferenced photo (and notes met while reading).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The metadata as read, when the headers could be read.</summary>
    public PhotoMetadata? Metadata { get; init; }

    /// <summary>The camera model, when resolved.</summary>
    public CameraIntrinsics? Intrinsics { get; init; }

    /// <summary>The pose, when resolved.</summary>
    public PhotoPose? Pose { get; init; }

    /// <summary>Pixel↔ground mapping, when georeferenced.</summary>
    public PhotoGeoreference? Georeference { get; init; }

    /// <summary>The footprint, when georeferenced.</summary>
    public GroundFootprint? Footprint { get; init; }

    /// <summary>Ground sample distance at the image centre in centimetres per pixel.</summary>
    public double? GsdCm { get; init; }

    /// <summary>Estimated horizontal 1-σ error in metres of a located ground point (largest over centre and corners).</summary>
    public double? AccuracyM { get; init; }

    /// <summary>The capture month in the district's zone (Asia/Shanghai), when the capture time is known.</summary>
    public Domain.Time.YearMonth? CaptureMonth =>
        Metadata?.CapturedAt is { } t ? Domain.Time.YearMonth.Of(Domain.Time.DistrictTime.DateOf(t.Value)) : null;
}
