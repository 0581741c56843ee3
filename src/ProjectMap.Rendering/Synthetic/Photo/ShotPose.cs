using ProjectMap.Imagery.Cameras;

namespace ProjectMap.Rendering.Synthetic.Photo;

/// <summary>
/// Where a drone camera is and how it points, as a DJI aircraft records it. The ground under the photo is level with the
/// take-off point, so the height above the ground plane equals <see cref="RelativeAltitudeM"/>.
/// </summary>
/// <param name="LatitudeDeg">Camera latitude, CGCS2000/WGS84 degrees.</param>
/// <param name="LongitudeDeg">Camera longitude, CGCS2000/WGS84 degrees.</param>
/// <param name="RelativeAltitudeM">Height above the take-off point in metres (DJI RelativeAltitude).</param>
/// <param name="TakeoffAltitudeM">Altitude of the take-off point above sea level in metres; AbsoluteAltitude = this + RelativeAltitude.</param>
/// <param name="Gimbal">Camera attitude: yaw clockwise from true north, pitch −90 = straight down, roll + = right side down.</param>
/// <param name="FlightYawDeg">Aircraft heading in degrees clockwise from true north.</param>
/// <param name="FlightPitchDeg">Aircraft pitch in degrees (negative = nose down).</param>
/// <param name="FlightRollDeg">Aircraft roll in degrees (positive = right side down).</param>
/// <param name="CapturedAtLocal">Capture time as local Asia/Shanghai wall-clock time (what DJI writes to DateTimeOriginal).</param>
public sealed record ShotPose(
    double LatitudeDeg, double LongitudeDeg, double RelativeAltitudeM, double TakeoffAltitudeM, CameraAttitude Gimbal,
    double FlightYawDeg, double FlightPitchDeg, double FlightRollDeg, DateTime CapturedAtLocal)
{
    /// <summary>Latitude/longitude quantum of the written metadata in degrees (EXIF seconds to 1/100000″ and XMP decimals are both exact on it).</summary>
    public const double PositionQuantumDeg = 1e-7;

    /// <summary>Altitude quantum of the written metadata in metres.</summary>
    public const double AltitudeQuantumM = 0.01;

    /// <summary>Angle quantum of the written metadata in degrees (DJI's "+45.30" format).</summary>
    public const double AngleQuantumDeg = 0.01;

    /// <summary>Altitude of the camera above sea level in metres (DJI AbsoluteAltitude, EXIF GPSAltitude).</summary>
    public double AbsoluteAltitudeM => TakeoffAltitudeM + RelativeAltitudeM;

    /// <summary>
    /// The pose snapped to the precision the metadata is written with (position 1e-7°, altitudes 0.01 m, angles 0.01°,
    /// time whole seconds), so what a reader recovers from the file is exactly the pose the photo was rendered from.
    /// </summary>
    public ShotPose Quantized() => this with
    {
        LatitudeDeg = Snap(LatitudeDeg, PositionQuantumDeg),
        LongitudeDeg = Snap(LongitudeDeg, PositionQuantumDeg),
        RelativeAltitudeM = Snap(RelativeAltitudeM, AltitudeQuantumM),
        TakeoffAltitudeM = Snap(TakeoffAltitudeM, AltitudeQuantumM),
        Gimbal = new CameraAttitude(Snap(NormalizeYaw(Gimbal.YawDeg), AngleQuantumDeg), Snap(Gimbal.PitchDeg, AngleQuantumDeg), Snap(Gimbal.RollDeg, AngleQuantumDeg)),
        FlightYawDeg = Snap(NormalizeYaw(FlightYawDeg), AngleQuantumDeg),
        FlightPitchDeg = Snap(FlightPitchDeg, AngleQuantumDeg),
        FlightRollDeg = Snap(FlightRollDeg, AngleQuantumDeg),
        CapturedAtLocal = new DateTime(CapturedAtLocal.Year, CapturedAtLocal.Month, CapturedAtLocal.Day, CapturedAtLocal.Hour, CapturedAtLocal.Minute, CapturedAtLocal.Second, DateTimeKind.Unspecified),
    };

    /// <summary>A yaw in degrees brought into (−180, 180] as DJI writes it.</summary>
    public static double NormalizeYaw(double yawDeg)
    {
        var y = yawDeg % 360;
        if (y > 180)
        {
            y -= 360;
        }
        else if (y <= -180)
        {
            y += 360;
        }

        return y;
    }

    private static double Snap(double value, double quantum) => Math.Round(value / quantum, MidpointRounding.AwayFromZero) * quantum;
}
