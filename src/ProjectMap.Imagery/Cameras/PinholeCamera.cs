namespace ProjectMap.Imagery.Cameras;

/// <summary>
/// An ideal pinhole camera with square pixels and no lens distortion. Pixel coordinates are continuous with (0, 0) at
/// the top-left corner of the stored image, column to the right and row down; the centre of pixel (i, j) is
/// (i + 0.5, j + 0.5). The camera frame has x to the right, y down and z forward along the optical axis.
/// </summary>
/// <param name="WidthPx">Image width in pixels.</param>
/// <param name="HeightPx">Image height in pixels.</param>
/// <param name="FocalLengthPx">Focal length in pixels (focal length in mm × image width in px ÷ sensor width in mm).</param>
/// <param name="PrincipalPointXPx">Column of the principal point in pixels (image centre: WidthPx / 2).</param>
/// <param name="PrincipalPointYPx">Row of the principal point in pixels (image centre: HeightPx / 2).</param>
public sealed record PinholeCamera(int WidthPx, int HeightPx, double FocalLengthPx, double PrincipalPointXPx, double PrincipalPointYPx)
{
    /// <summary>
    /// A camera from the physical focal length and the width of the sensor area the image covers, both in millimetres,
    /// with the principal point at the image centre.
    /// </summary>
    public static PinholeCamera FromSensor(int widthPx, int heightPx, double focalLengthMm, double sensorWidthMm)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(widthPx);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(heightPx);
        if (!(focalLengthMm > 0) || !(sensorWidthMm > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(focalLengthMm), "focal length and sensor width must be positive millimetres");
        }

        return new PinholeCamera(widthPx, heightPx, focalLengthMm * widthPx / sensorWidthMm, widthPx / 2.0, heightPx / 2.0);
    }

    /// <summary>Horizontal field of view in degrees.</summary>
    public double HorizontalFieldOfViewDeg => 2 * Math.Atan(WidthPx / 2.0 / FocalLengthPx) * 180 / Math.PI;

    /// <summary>Vertical field of view in degrees.</summary>
    public double VerticalFieldOfViewDeg => 2 * Math.Atan(HeightPx / 2.0 / FocalLengthPx) * 180 / Math.PI;

    /// <summary>The (unnormalised) direction of the ray through a pixel in the camera frame: ((u − cx)/f, (v − cy)/f, 1).</summary>
    public Mathematics.Vector3 Ray(double column, double row) =>
        new((column - PrincipalPointXPx) / FocalLengthPx, (row - PrincipalPointYPx) / FocalLengthPx, 1);

    /// <summary>The intrinsic matrix K = [f 0 cx; 0 f cy; 0 0 1].</summary>
    public Mathematics.Matrix3 IntrinsicMatrix => new(FocalLengthPx, 0, PrincipalPointXPx, 0, FocalLengthPx, PrincipalPointYPx, 0, 0, 1);
}
