using NetTopologySuite.Geometries;
using ProjectMap.Application.Storage;
using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Cameras;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Imagery.Mathematics;

namespace ProjectMap.Application.Photos.Exports;

/// <summary>
/// A photo's pixel → ground mapping for exports: a homography from pixel (column, row) to local metres in a
/// <see cref="LocalGroundFrame"/>, from the photo's own pose or from an officer's stored correction.
/// </summary>
/// <param name="PixelToLocal">Pixel → local (east, north) metres.</param>
/// <param name="Frame">The local frame (tied to the Gauss-Kruger zone).</param>
/// <param name="WidthPx">Image width in pixels.</param>
/// <param name="HeightPx">Image height in pixels.</param>
/// <param name="Source">"pose" or "correction (model)".</param>
public sealed record PhotoMapping(Homography PixelToLocal, LocalGroundFrame Frame, int WidthPx, int HeightPx, string Source)
{
    /// <summary>Pixel → Gauss-Kruger grid (easting, northing) metres.</summary>
    public Homography PixelToGrid => Homography.Compose(PixelToLocal, Frame.EnuToGrid);

    /// <summary>The ground point of a pixel, or null when its ray misses the ground.</summary>
    public GeodeticPoint? Ground(double column, double row) =>
        PixelToLocal.TryApply(column, row, out var e, out var n) ? Frame.ToGeodetic(e, n) : null;

    /// <summary>The mapping from a stored photo's own pose (camera, position, height above ground and gimbal attitude as ingested).</summary>
    public static PhotoMapping FromPose(StoredPhoto photo)
    {
        ArgumentNullException.ThrowIfNull(photo);
        var camera = new PinholeCamera(photo.WidthPx, photo.HeightPx, photo.FocalLengthPx, photo.PrincipalPointXPx, photo.PrincipalPointYPx);
        var geo = new PhotoGeoreference(camera, new GeodeticPoint(photo.LatitudeDeg, photo.LongitudeDeg), photo.HeightAboveGroundM, new CameraAttitude(photo.YawDeg, photo.PitchDeg, photo.RollDeg));
        return new PhotoMapping(geo.PixelToLocal, geo.Frame, photo.WidthPx, photo.HeightPx, "pose");
    }

    /// <summary>The mapping from an officer's stored correction of a photo of <paramref name="widthPx"/> × <paramref name="heightPx"/> pixels.</summary>
    public static PhotoMapping FromCorrection(PhotoCorrectionRecord correction, int widthPx, int heightPx)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var m = correction.Matrix;
        return new PhotoMapping(
            new Homography(new Matrix3(m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8])),
            new LocalGroundFrame(new GeodeticPoint(correction.FrameOriginLatDeg, correction.FrameOriginLonDeg)), widthPx, heightPx, $"correction ({correction.Model})");
    }

    /// <summary>
    /// The image's four corners on the ground as a lon/lat polygon (SRID 4490, exterior ring counter-clockwise), or null
    /// when a corner's ray misses the ground (an oblique photo showing the horizon: use the stored, clamped footprint).
    /// </summary>
    public Polygon? CornerFootprint()
    {
        var corners = new List<Coordinate>();
        foreach (var (u, v) in new (double U, double V)[] { (0, 0), (0, HeightPx), (WidthPx, HeightPx), (WidthPx, 0), (0, 0) })
        {
            if (Ground(u, v) is not { } g)
            {
                return null;
            }

            corners.Add(new Coordinate(g.LongitudeDeg, g.LatitudeDeg));
        }

        var polygon = new GeometryFactory(new PrecisionModel(), 4490).CreatePolygon(corners.ToArray());
        return polygon.Shell.IsCCW ? polygon : (Polygon)polygon.Reverse();
    }
}
