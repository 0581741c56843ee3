namespace ProjectMap.Imagery.Metadata;

/// <summary>
/// What a photo's headers say, each value with the tag it came from; nothing here is derived or guessed. Angles in
/// degrees as the vendor wrote them (DJI: yaw clockwise from north, pitch −90 = straight down, roll + = right side
/// down); lengths in metres or millimetres as named; latitude/longitude in WGS84 degrees.
/// </summary>
public sealed record PhotoMetadata
{
    /// <summary>The container format.</summary>
    public required PhotoFormat Format { get; init; }

    /// <summary>Camera maker (EXIF Make, else XMP tiff:Make).</summary>
    public Sourced<string>? Make { get; init; }

    /// <summary>Camera model (EXIF Model, else XMP tiff:Model), e.g. FC300S.</summary>
    public Sourced<string>? Model { get; init; }

    /// <summary>Stored image width in pixels (JPEG frame header or TIFF ImageWidth).</summary>
    public Sourced<int>? WidthPx { get; init; }

    /// <summary>Stored image height in pixels (JPEG frame header or TIFF ImageLength).</summary>
    public Sourced<int>? HeightPx { get; init; }

    /// <summary>EXIF Orientation (1 = as stored).</summary>
    public Sourced<int>? Orientation { get; init; }

    /// <summary>Capture instant: EXIF DateTimeOriginal with its offset tag when present, else read in the configured zone.</summary>
    public Sourced<DateTimeOffset>? CapturedAt { get; init; }

    /// <summary>Latitude in degrees, north positive.</summary>
    public Sourced<double>? LatitudeDeg { get; init; }

    /// <summary>Longitude in degrees, east positive.</summary>
    public Sourced<double>? LongitudeDeg { get; init; }

    /// <summary>EXIF GPS altitude in metres above sea level (negative when GPSAltitudeRef = 1, below sea level).</summary>
    public Sourced<double>? GpsAltitudeM { get; init; }

    /// <summary>Height above the take-off point in metres (DJI RelativeAltitude, Parrot AboveGroundAltitude).</summary>
    public Sourced<double>? RelativeAltitudeM { get; init; }

    /// <summary>DJI AbsoluteAltitude in metres (never used as height above ground).</summary>
    public Sourced<double>? AbsoluteAltitudeM { get; init; }

    /// <summary>Gimbal (camera) yaw in degrees clockwise from north.</summary>
    public Sourced<double>? GimbalYawDeg { get; init; }

    /// <summary>Gimbal pitch in degrees, −90 = straight down, 0 = horizon.</summary>
    public Sourced<double>? GimbalPitchDeg { get; init; }

    /// <summary>Gimbal roll in degrees, positive = right side down.</summary>
    public Sourced<double>? GimbalRollDeg { get; init; }

    /// <summary>Aircraft yaw in degrees clockwise from north.</summary>
    public Sourced<double>? FlightYawDeg { get; init; }

    /// <summary>Aircraft pitch in degrees.</summary>
    public Sourced<double>? FlightPitchDeg { get; init; }

    /// <summary>Aircraft roll in degrees.</summary>
    public Sourced<double>? FlightRollDeg { get; init; }

    /// <summary>EXIF GPSImgDirection in degrees clockwise from north (true or magnetic per <see cref="ImageDirectionIsMagnetic"/>).</summary>
    public Sourced<double>? ImageDirectionDeg { get; init; }

    /// <summary>True when GPSImgDirectionRef is M (magnetic north).</summary>
    public bool ImageDirectionIsMagnetic { get; init; }

    /// <summary>Lens focal length in millimetres (EXIF FocalLength).</summary>
    public Sourced<double>? FocalLengthMm { get; init; }

    /// <summary>35 mm-equivalent focal length in millimetres (EXIF FocalLengthIn35mmFilm).</summary>
    public Sourced<double>? FocalLength35mmMm { get; init; }

    /// <summary>Focal-plane resolution across the sensor in pixels per millimetre (EXIF FocalPlaneXResolution with its unit).</summary>
    public Sourced<double>? FocalPlaneXPxPerMm { get; init; }

    /// <summary>Focal-plane resolution down the sensor in pixels per millimetre (EXIF FocalPlaneYResolution with its unit).</summary>
    public Sourced<double>? FocalPlaneYPxPerMm { get; init; }

    /// <summary>Calibrated focal length in pixels (DJI CalibratedFocalLength, enterprise models).</summary>
    public Sourced<double>? CalibratedFocalLengthPx { get; init; }

    /// <summary>Calibrated principal point column in pixels (DJI CalibratedOpticalCenterX).</summary>
    public Sourced<double>? CalibratedOpticalCenterXPx { get; init; }

    /// <summary>Calibrated principal point row in pixels (DJI CalibratedOpticalCenterY).</summary>
    public Sourced<double>? CalibratedOpticalCenterYPx { get; init; }

    /// <summary>DJI RtkFlag: 0 none, 16 single point, 32–49 float, 50 fixed.</summary>
    public Sourced<int>? RtkFlag { get; init; }

    /// <summary>DJI RtkStdLat: standard deviation of latitude in metres.</summary>
    public Sourced<double>? RtkStdLatM { get; init; }

    /// <summary>DJI RtkStdLon: standard deviation of longitude in metres.</summary>
    public Sourced<double>? RtkStdLonM { get; init; }

    /// <summary>DJI RtkStdHgt: standard deviation of height in metres.</summary>
    public Sourced<double>? RtkStdHgtM { get; init; }

    /// <summary>Problems met while reading that do not stop the photo (an unparsable tag, a tag out of range), in words.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
