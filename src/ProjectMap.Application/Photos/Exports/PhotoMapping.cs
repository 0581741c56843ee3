using ProjectMap.Geodesy.Points;
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
}
