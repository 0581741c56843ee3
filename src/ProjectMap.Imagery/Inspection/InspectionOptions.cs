using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Imagery.Metadata;

namespace ProjectMap.Imagery.Inspection;

/// <summary>Settings for inspecting (and georeferencing) photos.</summary>
public sealed record InspectionOptions
{
    /// <summary>File size and pixel limits, and the time zone for zone-less capture times.</summary>
    public MetadataReadOptions Metadata { get; init; } = MetadataReadOptions.Default;

    /// <summary>
    /// Height of the ground under the photo relative to the take-off point in metres (positive = ground higher than
    /// take-off). The camera's height above the ground plane is RelativeAltitude minus this.
    /// </summary>
    public double GroundOffsetM { get; init; }

    /// <summary>
    /// Magnetic declination in degrees east, added to yaw angles. Default 0: gimbal yaw is taken as degrees from true
    /// north (DJI's own statements disagree on whether it is true or magnetic; in Changzhou the declination is about
    /// −5.5°, so set −5.5 here if your aircraft reports magnetic yaw). GPSImgDirection flagged magnetic (Ref M) also gets it.
    /// </summary>
    public double MagneticDeclinationDeg { get; init; }

    /// <summary>Horizontal distance in metres at which footprint rays near or above the horizon are clamped.</summary>
    public double MaxGroundDistanceM { get; init; } = PhotoGeoreference.DefaultMaxGroundDistanceM;

    /// <summary>A warning is given when gimbal yaw and flight yaw differ by more than this many degrees.</summary>
    public double YawDisagreementWarningDeg { get; init; } = 20;

    /// <summary>The error model for the accuracy estimate.</summary>
    public ErrorModel ErrorModel { get; init; } = ErrorModel.Default;

    /// <summary>Whether to compute each file's SHA-256 (reads every byte; inspect without it reads headers only).</summary>
    public bool ComputeSha256 { get; init; } = true;

    /// <summary>The defaults.</summary>
    public static InspectionOptions Default { get; } = new();
}
