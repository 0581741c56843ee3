using ProjectMap.Application.Photos;
using ProjectMap.Application.Storage;
using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Cameras;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Imagery.Inspection;
using ProjectMap.Imagery.Mathematics;
using ProjectMap.Tiles.Warping;

namespace ProjectMap.Tiles.Building;

/// <summary>Makes <see cref="WarpPhoto"/>s from photo files (their pose as read) and from stored photos (their pose, or the latest officer correction).</summary>
public static class WarpPhotos
{
    /// <summary>
    /// Inspects a photo file and returns it ready to warp through its pose's exact homography; throws
    /// <see cref="InvalidDataException"/> with the reason when the photo is rejected (no usable pose or intrinsics).
    /// </summary>
    public static WarpPhoto FromFile(string path, InspectionOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var inspection = PhotoInspector.InspectFile(path, options ?? InspectionOptions.Default with { ComputeSha256 = false }, path);
        if (inspection.Georeference is not { } geo)
        {
            throw new InvalidDataException($"{inspection.FileName}: rejected: {inspection.Reason}");
        }

        var id = inspection.Sha256 ?? Path.GetFileNameWithoutExtension(path);
        return new WarpPhoto(id, geo.LocalToPixel, geo.Frame, geo.Camera.WidthPx, geo.Camera.HeightPx, geo.HeightAboveGroundM, "pose", scale => MipPyramid.Decode(path, scale), geo.MaxGroundDistanceM)
        {
            Name = Path.GetFileName(path),
        };
    }

    /// <summary>
    /// A stored photo, its original read from <paramref name="files"/>: through <paramref name="correction"/> when given
    /// (pixel → local metres in the correction's frame), else through the pose stored at ingest.
    /// </summary>
    public static WarpPhoto FromStored(StoredPhoto photo, PhotoCorrectionRecord? correction, PhotoFileStore files)
    {
        ArgumentNullException.ThrowIfNull(photo);
        ArgumentNullException.ThrowIfNull(files);
        var path = files.FullPath(photo.StoredPath);
        MipPyramid Load(int scale) => File.Exists(path)
            ? MipPyramid.Decode(path, scale)
            : throw new FileNotFoundException($"the original of {photo.FileName} ({photo.Sha256[..12]}…) is missing from {files.Root}", path);
        var camera = new PinholeCamera(photo.WidthPx, photo.HeightPx, photo.FocalLengthPx, photo.PrincipalPointXPx, photo.PrincipalPointYPx);
        var geo = new PhotoGeoreference(camera, new GeodeticPoint(photo.LatitudeDeg, photo.LongitudeDeg), photo.HeightAboveGroundM, new CameraAttitude(photo.YawDeg, photo.PitchDeg, photo.RollDeg));
        if (correction is null)
        {
            return new WarpPhoto(photo.Sha256, geo.LocalToPixel, geo.Frame, photo.WidthPx, photo.HeightPx, photo.HeightAboveGroundM, "pose", Load) { Name = photo.FileName };
        }

        var m = correction.Matrix;
        var pixelToLocal = new Homography(new Matrix3(m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]));
        var frame = new LocalGroundFrame(new GeodeticPoint(correction.FrameOriginLatDeg, correction.FrameOriginLonDeg));
        return new WarpPhoto(photo.Sha256, pixelToLocal.Inverse(), frame, photo.WidthPx, photo.HeightPx, photo.HeightAboveGroundM, $"correction ({correction.Model})", Load)
        {
            Name = photo.FileName,
        };
    }
}
