using ProjectMap.Imagery.Mathematics;

namespace ProjectMap.Imagery.Cameras;

/// <summary>
/// The camera's orientation as a gimbal reports it, in degrees, applied in Z-Y-X order (yaw, then pitch, then roll) in
/// the local north-east-down frame, as DJI documents: yaw clockwise from true north (0 = north, 90 = east); pitch 0 =
/// optical axis on the horizon, −90 = straight down; roll positive = right side of the image down. With yaw 0 and pitch
/// −90 the top of the image faces north and its right side east.
/// </summary>
/// <param name="YawDeg">Heading of the optical axis in degrees clockwise from true north.</param>
/// <param name="PitchDeg">Elevation of the optical axis in degrees, −90 (down) to +90 (up).</param>
/// <param name="RollDeg">Rotation about the optical axis in degrees, positive = right side down.</param>
public readonly record struct CameraAttitude(double YawDeg, double PitchDeg, double RollDeg)
{
    /// <summary>Looking straight down with the top of the image to the north.</summary>
    public static CameraAttitude Nadir { get; } = new(0, -90, 0);

    /// <summary>True when all three angles are finite, pitch is within ±90° and roll within ±180°.</summary>
    public bool IsValid =>
        double.IsFinite(YawDeg) && double.IsFinite(PitchDeg) && double.IsFinite(RollDeg) &&
        PitchDeg is >= -90 and <= 90 && RollDeg is >= -180 and <= 180 && Math.Abs(YawDeg) <= 360;

    /// <summary>
    /// The rotation taking camera-frame vectors (x right, y down, z forward) to local east-north-up vectors (metres).
    /// </summary>
    public Matrix3 CameraToEnu()
    {
        const double d = Math.PI / 180;

        // Body frame (x forward, y right, z down) to NED: R = Rz(yaw) · Ry(pitch) · Rx(roll).
        var bodyToNed = Matrix3.RotationZ(YawDeg * d) * Matrix3.RotationY(PitchDeg * d) * Matrix3.RotationX(RollDeg * d);

        // Camera (x right, y down, z forward) to body: forward = z, right = x, down = y.
        var cameraToBody = new Matrix3(0, 0, 1, 1, 0, 0, 0, 1, 0);

        // NED to ENU: east = NED y, north = NED x, up = −NED z.
        var nedToEnu = new Matrix3(0, 1, 0, 1, 0, 0, 0, 0, -1);
        return nedToEnu * bodyToNed * cameraToBody;
    }
}
