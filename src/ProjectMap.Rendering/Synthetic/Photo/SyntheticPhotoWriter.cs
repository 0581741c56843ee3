using ProjectMap.Rendering.Synthetic.Scene;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace ProjectMap.Rendering.Synthetic.Photo;

/// <summary>
/// Makes one synthetic photo end to end: snaps the pose to the metadata precision, renders it, encodes a JPEG
/// (ImageSharp, quality 88, 4:2:0, fixed settings) with DJI-style EXIF and XMP, and builds the ground-truth sidecar.
/// The same shot always gives the same bytes.
/// </summary>
public static class SyntheticPhotoWriter
{
    /// <summary>The JPEG quality used for every synthetic photo.</summary>
    public const int JpegQuality = 88;

    /// <summary>Renders <paramref name="shot"/> of <paramref name="world"/>: the JPEG bytes, the sidecar bytes and the rendered photo.</summary>
    public static (byte[] Jpeg, byte[] Sidecar, RenderedPhoto Photo) Make(DistrictWorld world, SyntheticShot shot)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(shot);
        var pose = shot.Pose.Quantized();
        var camera = shot.Camera.Camera(shot.WidthPx);
        var photo = PhotoRenderer.Render(world, camera, pose, shot.Look, shot.Markers, shot.Seed);
        var jpeg = Encode(photo, shot.Camera, pose);
        var sidecar = GroundTruthSidecar.Create(world, shot, pose, photo);
        return (jpeg, sidecar, photo);
    }

    /// <summary>Writes <paramref name="shot"/> as <c>FileStem.JPG</c> and <c>FileStem.json</c> in <paramref name="folder"/>; returns the JPEG path.</summary>
    public static string Write(DistrictWorld world, SyntheticShot shot, string folder)
    {
        ArgumentNullException.ThrowIfNull(shot);
        var (jpeg, sidecar, _) = Make(world, shot);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, shot.FileStem + ".JPG");
        File.WriteAllBytes(path, jpeg);
        File.WriteAllBytes(Path.Combine(folder, shot.FileStem + ".json"), sidecar);
        return path;
    }

    /// <summary>Encodes rendered pixels as a JPEG with the camera's EXIF and XMP.</summary>
    public static byte[] Encode(RenderedPhoto photo, DroneCameraModel camera, ShotPose pose)
    {
        ArgumentNullException.ThrowIfNull(photo);
        using var image = Image.LoadPixelData<Rgb24>(photo.Rgb, photo.Width, photo.Height);
        image.Metadata.ExifProfile = DjiMetadata.Exif(camera, pose, photo.Width, photo.Height);
        image.Metadata.XmpProfile = DjiMetadata.Xmp(camera, pose);
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream, new JpegEncoder { Quality = JpegQuality, ColorType = JpegColorType.YCbCrRatio420 });
        return stream.ToArray();
    }
}
