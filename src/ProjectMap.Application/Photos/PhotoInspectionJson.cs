using System.Globalization;
using System.Text.Json;
using ProjectMap.Application.Serialization;
using ProjectMap.Imagery.Cameras;
using ProjectMap.Imagery.Inspection;

namespace ProjectMap.Application.Photos;

/// <summary>
/// The contract form of one inspected file (<c>projectmap photo inspect --json</c>): metadata values as the file
/// states them (angles in degrees, altitudes in metres), the camera and the derived figures. Values that are
/// unknown or not finite are null. The footprint is a GeoJSON Polygon in lon/lat degrees.
/// </summary>
public sealed record PhotoInspectionJson
{
    /// <summary>The file name as given (control characters replaced).</summary>
    public required string File { get; init; }

    /// <summary>SHA-256 of the file, lowercase hex; null when not computed.</summary>
    public string? Sha256 { get; init; }

    /// <summary>"ok", "warning" or "rejected".</summary>
    public required string Status { get; init; }

    /// <summary>Why the file was rejected; null otherwise.</summary>
    public string? Reason { get; init; }

    /// <summary>Warnings, possibly empty.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Camera maker.</summary>
    public string? Make { get; init; }

    /// <summary>Camera model.</summary>
    public string? Model { get; init; }

    /// <summary>Capture time, ISO 8601 with offset.</summary>
    public string? CapturedAt { get; init; }

    /// <summary>Stored image width in pixels.</summary>
    public int? WidthPx { get; init; }

    /// <summary>Stored image height in pixels.</summary>
    public int? HeightPx { get; init; }

    /// <summary>Latitude in degrees.</summary>
    public double? Lat { get; init; }

    /// <summary>Longitude in degrees.</summary>
    public double? Lon { get; init; }

    /// <summary>Height above take-off in metres.</summary>
    public double? RelativeAltitudeM { get; init; }

    /// <summary>Absolute altitude in metres as the drone wrote it (DJI AbsoluteAltitude), else EXIF GPS altitude.</summary>
    public double? AbsoluteAltitudeM { get; init; }

    /// <summary>Gimbal yaw in degrees clockwise from north, as written.</summary>
    public double? GimbalYawDeg { get; init; }

    /// <summary>Gimbal pitch in degrees (−90 = down).</summary>
    public double? GimbalPitchDeg { get; init; }

    /// <summary>Gimbal roll in degrees (+ = right side down).</summary>
    public double? GimbalRollDeg { get; init; }

    /// <summary>Aircraft yaw in degrees clockwise from north.</summary>
    public double? FlightYawDeg { get; init; }

    /// <summary>Lens focal length in millimetres.</summary>
    public double? FocalLengthMm { get; init; }

    /// <summary>Width of the sensor area the image covers, in millimetres.</summary>
    public double? SensorWidthMm { get; init; }

    /// <summary>Height of the sensor area the image covers, in millimetres.</summary>
    public double? SensorHeightMm { get; init; }

    /// <summary>"calibrated", "focalPlaneResolution", "equivalent35mm" or "sensorTable"; null when none was usable.</summary>
    public string? IntrinsicsSource { get; init; }

    /// <summary>Ground sample distance at the image centre in centimetres.</summary>
    public double? GsdCm { get; init; }

    /// <summary>Estimated horizontal 1-σ error of a located point in metres.</summary>
    public double? AccuracyM { get; init; }

    /// <summary>The footprint as a GeoJSON Polygon (lon/lat), or null.</summary>
    public JsonElement? Footprint { get; init; }

    /// <summary>The contract object for an inspection.</summary>
    public static PhotoInspectionJson From(PhotoInspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var m = inspection.Metadata;
        var i = inspection.Intrinsics;
        return new PhotoInspectionJson
        {
            File = inspection.FileName,
            Sha256 = inspection.Sha256,
            Status = StatusName(inspection.Status),
            Reason = inspection.Reason,
            Warnings = inspection.Warnings,
            Make = m?.Make?.Value,
            Model = m?.Model?.Value,
            CapturedAt = m?.CapturedAt?.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            WidthPx = m?.WidthPx?.Value,
            HeightPx = m?.HeightPx?.Value,
            Lat = Finite(m?.LatitudeDeg?.Value),
            Lon = Finite(m?.LongitudeDeg?.Value),
            RelativeAltitudeM = Finite(m?.RelativeAltitudeM?.Value),
            AbsoluteAltitudeM = Finite(m?.AbsoluteAltitudeM?.Value ?? m?.GpsAltitudeM?.Value),
            GimbalYawDeg = Finite(m?.GimbalYawDeg?.Value),
            GimbalPitchDeg = Finite(m?.GimbalPitchDeg?.Value),
            GimbalRollDeg = Finite(m?.GimbalRollDeg?.Value),
            FlightYawDeg = Finite(m?.FlightYawDeg?.Value),
            FocalLengthMm = Finite(i?.FocalLengthMm ?? m?.FocalLengthMm?.Value),
            SensorWidthMm = Finite(i?.SensorWidthMm),
            SensorHeightMm = Finite(i?.SensorHeightMm),
            IntrinsicsSource = i is null ? null : SourceName(i.Source),
            GsdCm = Finite(inspection.GsdCm),
            AccuracyM = Finite(inspection.AccuracyM),
            Footprint = inspection.Footprint is { } f ? GeoJson.ToElement(f.LonLat) : null,
        };
    }

    /// <summary>Where each value came from (field name → tag or rule), for <c>--sources</c>.</summary>
    public static IReadOnlyDictionary<string, string> Sources(PhotoInspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var m = inspection.Metadata;
        var d = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string? source)
        {
            if (source is not null)
            {
                d[key] = source;
            }
        }

        Add("make", m?.Make?.Source);
        Add("model", m?.Model?.Source);
        Add("capturedAt", m?.CapturedAt?.Source);
        Add("widthPx", m?.WidthPx?.Source);
        Add("heightPx", m?.HeightPx?.Source);
        Add("lat", m?.LatitudeDeg?.Source);
        Add("lon", m?.LongitudeDeg?.Source);
        Add("relativeAltitudeM", m?.RelativeAltitudeM?.Source);
        Add("absoluteAltitudeM", m?.AbsoluteAltitudeM?.Source ?? m?.GpsAltitudeM?.Source);
        Add("gimbalYawDeg", m?.GimbalYawDeg?.Source);
        Add("gimbalPitchDeg", m?.GimbalPitchDeg?.Source);
        Add("gimbalRollDeg", m?.GimbalRollDeg?.Source);
        Add("flightYawDeg", m?.FlightYawDeg?.Source);
        Add("focalLengthMm", m?.FocalLengthMm?.Source);
        Add("intrinsics", inspection.Intrinsics?.SourceDetail);
        Add("position", inspection.Pose?.PositionSource);
        Add("height", inspection.Pose?.HeightSource);
        Add("attitude", inspection.Pose?.AttitudeSource);
        return d;
    }

    /// <summary>The contract name of a status.</summary>
    public static string StatusName(InspectionStatus status) => status switch
    {
        InspectionStatus.Ok => "ok",
        InspectionStatus.Warning => "warning",
        _ => "rejected",
    };

    /// <summary>The contract name of an intrinsics source.</summary>
    public static string SourceName(IntrinsicsSource source) => source switch
    {
        Imagery.Cameras.IntrinsicsSource.Calibrated => "calibrated",
        Imagery.Cameras.IntrinsicsSource.FocalPlaneResolution => "focalPlaneResolution",
        Imagery.Cameras.IntrinsicsSource.Equivalent35mm => "equivalent35mm",
        _ => "sensorTable",
    };

    private static double? Finite(double? v) => v is { } d && double.IsFinite(d) ? d : null;
}
