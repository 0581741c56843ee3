using ProjectMap.Imagery.Cameras;

namespace ProjectMap.Rendering.Synthetic.Photo;

/// <summary>A drone camera as its maker documents it: sensor size and lens in millimetres, native image size in pixels.</summary>
/// <param name="Make">EXIF Make, for example DJI.</param>
/// <param name="Model">EXIF Model, for example FC6310.</param>
/// <param name="Product">The aircraft, for example Phantom 4 Pro.</param>
/// <param name="SensorWidthMm">Sensor width in millimetres.</param>
/// <param name="SensorHeightMm">Sensor height in millimetres.</param>
/// <param name="FocalLengthMm">Lens focal length in millimetres.</param>
/// <param name="NativeWidthPx">Width of the camera's full-resolution photo in pixels.</param>
/// <param name="NativeHeightPx">Height of the camera's full-resolution photo in pixels.</param>
public sealed record DroneCameraModel(string Make, string Model, string Product, double SensorWidthMm, double SensorHeightMm, double FocalLengthMm, int NativeWidthPx, int NativeHeightPx)
{
    /// <summary>DJI FC6310, the Phantom 4 Pro camera: 1-inch 13.2 × 8.8 mm sensor, 8.8 mm lens (24 mm equivalent), 5472 × 3648 px.</summary>
    public static DroneCameraModel Fc6310 { get; } = new("DJI", "FC6310", "Phantom 4 Pro", 13.2, 8.8, 8.8, 5472, 3648);

    /// <summary>The 35 mm-equivalent focal length in millimetres (36 mm frame width).</summary>
    public double FocalLength35mm => FocalLengthMm * 36 / SensorWidthMm;

    /// <summary>The image height for an output width, keeping the sensor's aspect ratio; throws when it would not be a whole number of pixels.</summary>
    public int HeightFor(int widthPx)
    {
        var exact = (double)widthPx * NativeHeightPx / NativeWidthPx;
        var rounded = (int)Math.Round(exact);
        if (Math.Abs(exact - rounded) > 1e-9)
        {
            throw new ArgumentOutOfRangeException(nameof(widthPx), widthPx, $"{Model} images are {NativeWidthPx}:{NativeHeightPx}; choose a width that gives a whole number of rows");
        }

        return rounded;
    }

    /// <summary>The pinhole camera of a photo downscaled to <paramref name="widthPx"/>: focal length in pixels = lens mm × width px ÷ sensor width mm.</summary>
    public PinholeCamera Camera(int widthPx) => PinholeCamera.FromSensor(widthPx, HeightFor(widthPx), FocalLengthMm, SensorWidthMm);
}
