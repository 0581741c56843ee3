using System.Globalization;
using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Cameras;
using ProjectMap.Imagery.Metadata;

namespace ProjectMap.Imagery.Inspection;

/// <summary>
/// Turns metadata into a camera pose, or rejects the photo with the reason. Rules: the position must be a real GNSS fix
/// (present, in range, not 0°, 0°); the height above ground is RelativeAltitude (height above take-off; Parrot
/// AboveGroundAltitude) minus the ground offset, and a photo without it is rejected, because absolute or GPS altitude
/// is never used as height; yaw, pitch and roll are the gimbal's (camera's) angles; pitch is required, a missing yaw
/// falls back to EXIF GPSImgDirection with a warning, a missing roll is taken as 0° with a warning; angles must be
/// finite and in range (yaw ±360°, pitch −90°..90°, roll ±180°), and a camera looking at or above the horizon is rejected.
/// </summary>
public static class PoseResolver
{
    /// <summary>The smallest height above the ground plane accepted, in metres.</summary>
    public const double MinimumHeightM = 0.5;

    /// <summary>Resolves the pose, adding warnings to <paramref name="warnings"/>; throws <see cref="PhotoRejectedException"/> when it cannot.</summary>
    public static PhotoPose Resolve(PhotoMetadata metadata, InspectionOptions options, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(warnings);
        var ic = CultureInfo.InvariantCulture;

        if (metadata.LatitudeDeg is not { } lat || metadata.LongitudeDeg is not { } lon)
        {
            throw new PhotoRejectedException("no GPS position in the photo (no EXIF GPSLatitude/GPSLongitude and no drone XMP position)");
        }

        var position = new GeodeticPoint(lat.Value, lon.Value);
        if (!position.IsValid)
        {
            throw new PhotoRejectedException(string.Create(ic, $"GPS position {lat.Value}, {lon.Value} is out of range"));
        }

        if (Math.Abs(lat.Value) < 1e-7 && Math.Abs(lon.Value) < 1e-7)
        {
            throw new PhotoRejectedException("GPS position is 0°, 0° (the receiver had no fix when the photo was taken)");
        }

        var pitch = metadata.GimbalPitchDeg ?? throw new PhotoRejectedException(
            "no camera pitch (no gimbal angles in XMP): the view direction is unknown, so the photo cannot be georeferenced (a phone or hand-held camera photo?)");
        CheckAngle("pitch", pitch, -90, 90);
        if (pitch.Value >= 0)
        {
            throw new PhotoRejectedException(string.Create(ic, $"the camera looks at or above the horizon (pitch {pitch.Value}°, {pitch.Source}): its view does not meet the ground"));
        }

        Sourced<double> yaw;
        var yawIsMagnetic = false;
        if (metadata.GimbalYawDeg is { } gy)
        {
            yaw = gy;
        }
        else if (metadata.ImageDirectionDeg is { } direction)
        {
            yaw = direction;
            yawIsMagnetic = metadata.ImageDirectionIsMagnetic;
            warnings.Add($"no gimbal yaw; yaw taken from {direction.Source}{(yawIsMagnetic ? " (magnetic)" : string.Empty)}");
        }
        else
        {
            throw new PhotoRejectedException("no camera yaw (no gimbal yaw in XMP and no EXIF GPSImgDirection): the photo's heading is unknown");
        }

        CheckAngle("yaw", yaw, -360, 360);
        var roll = metadata.GimbalRollDeg;
        if (roll is null)
        {
            warnings.Add("no gimbal roll in the metadata; 0° assumed");
        }
        else
        {
            CheckAngle("roll", roll, -180, 180);
        }

        if (metadata.FlightYawDeg is { } fy && double.IsFinite(fy.Value) && metadata.GimbalYawDeg is not null)
        {
            var difference = Math.Abs(NormalizeSigned(yaw.Value - fy.Value));
            if (difference > options.YawDisagreementWarningDeg)
            {
                warnings.Add(string.Create(ic, $"gimbal yaw {yaw.Value:0.#}° and flight yaw {fy.Value:0.#}° differ by {difference:0.#}°; the gimbal's yaw is used"));
            }
        }

        var relative = metadata.RelativeAltitudeM ?? throw new PhotoRejectedException(
            "no height above take-off (no drone-dji:RelativeAltitude): absolute and GPS altitude are never used as height above the ground");
        if (!double.IsFinite(relative.Value))
        {
            throw new PhotoRejectedException($"relative altitude is not a number ({relative.Source})");
        }

        var height = relative.Value - options.GroundOffsetM;
        if (height < MinimumHeightM)
        {
            throw new PhotoRejectedException(string.Create(ic, $"the camera is {height:0.##} m above the ground plane (relative altitude {relative.Value} m minus ground offset {options.GroundOffsetM} m); it must be at least {MinimumHeightM} m above it"));
        }

        var declination = options.MagneticDeclinationDeg;
        var yawTrue = yaw.Value + (metadata.GimbalYawDeg is not null || yawIsMagnetic ? declination : 0);
        var attitude = new CameraAttitude(NormalizeSigned(yawTrue), pitch.Value, roll?.Value ?? 0);
        var gnss = GnssSigma(metadata, options.ErrorModel, warnings);
        var attitudeSource = $"{yaw.Source}, {pitch.Source}, {roll?.Source ?? "roll 0 assumed"}" +
                             (declination != 0 ? string.Create(ic, $", declination {declination:+0.##;-0.##}° added") : ", yaw taken as true north (declination 0)");
        var heightSource = options.GroundOffsetM == 0 ? relative.Source : string.Create(ic, $"{relative.Source} minus ground offset {options.GroundOffsetM} m");
        return new PhotoPose(position, height, attitude, $"{lat.Source}, {lon.Source}", heightSource, attitudeSource, gnss);
    }

    /// <summary>An angle in degrees brought to (−180, 180].</summary>
    public static double NormalizeSigned(double degrees)
    {
        var d = degrees % 360;
        if (d <= -180)
        {
            d += 360;
        }
        else if (d > 180)
        {
            d -= 360;
        }

        return d;
    }

    private static void CheckAngle(string name, Sourced<double> angle, double min, double max)
    {
        if (!double.IsFinite(angle.Value))
        {
            throw new PhotoRejectedException($"camera {name} is not a finite angle ({angle.Value.ToString(CultureInfo.InvariantCulture)}, {angle.Source})");
        }

        if (angle.Value < min || angle.Value > max)
        {
            throw new PhotoRejectedException(string.Create(CultureInfo.InvariantCulture, $"camera {name} {angle.Value}° is outside {min}°..{max}° ({angle.Source})"));
        }
    }

    private static double GnssSigma(PhotoMetadata metadata, ErrorModel model, ICollection<string> warnings)
    {
        if (metadata.RtkFlag is not { } flag || flag.Value == 0)
        {
            return model.GnssSigmaM;
        }

        if (flag.Value >= 50)
        {
            var lat = metadata.RtkStdLatM?.Value;
            var lon = metadata.RtkStdLonM?.Value;
            if (lat is > 0 && lon is > 0 && double.IsFinite(lat.Value) && double.IsFinite(lon.Value))
            {
                return Math.Max(model.RtkFixedFloorM, Math.Sqrt((lat.Value * lat.Value) + (lon.Value * lon.Value)));
            }

            return 0.05;
        }

        if (flag.Value >= 32)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"RTK float solution (RtkFlag {flag.Value}): position good to about {model.RtkFloatSigmaM} m"));
            return model.RtkFloatSigmaM;
        }

        return model.RtkSingleSigmaM;
    }
}
