using CsCheck;
using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Cameras;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Testing;

namespace ProjectMap.Imagery.Tests.Georeferencing;

public sealed class PhotoGeoreferenceTests
{
    private static readonly GeodeticPoint Wujin = new(31.7085, 119.8455);

    // 4000 × 3000 px, f = 1000 px: a nadir photo from 100 m covers 400 m × 300 m.
    private static readonly PinholeCamera Camera = new(4000, 3000, 1000, 2000, 1500);

    [Fact]
    public void TryPixelToLocal_NadirYawZero_TopLeftCornerIsNorthWest()
    {
        var g = new PhotoGeoreference(Camera, Wujin, 100, CameraAttitude.Nadir);

        Assert.True(g.TryPixelToLocal(0, 0, out var east, out var north));

        Assert.Equal(-200, east, 9);
        Assert.Equal(150, north, 9);
    }

    [Fact]
    public void TryPixelToLocal_NadirYawEast_TopOfImageFacesEast()
    {
        var g = new PhotoGeoreference(Camera, Wujin, 100, new CameraAttitude(90, -90, 0));

        Assert.True(g.TryPixelToLocal(2000, 0, out var east, out var north));

        Assert.Equal(150, east, 9);
        Assert.Equal(0, north, 9);
    }

    [Fact]
    public void TryPixelToLocal_Pitch45YawSouth_CentreRayLandsOneHeightSouth()
    {
        var g = new PhotoGeoreference(Camera, Wujin, 80, new CameraAttitude(180, -45, 0));

        Assert.True(g.TryPixelToLocal(2000, 1500, out var east, out var north));

        Assert.Equal(0, east, 9);
        Assert.Equal(-80, north, 9);
    }

    [Fact]
    public void TryPixelToLocal_RayAboveHorizon_ReturnsFalse()
    {
        var g = new PhotoGeoreference(Camera, Wujin, 100, new CameraAttitude(0, -10, 0));

        // The top row looks 10° minus half the vertical field of view (≈ 36.9°) above the horizon.
        Assert.False(g.TryPixelToLocal(2000, 0, out _, out _));
        Assert.True(g.TryPixelToLocal(2000, 3000, out _, out _));
    }

    [Fact]
    public void Footprint_NadirYawZero_IsTheAnalyticRectangle()
    {
        var g = new PhotoGeoreference(Camera, Wujin, 100, CameraAttitude.Nadir);

        var footprint = g.Footprint(samplesPerEdge: 1);

        Assert.False(footprint.HorizonClamped);
        Assert.Equal(400 * 300, footprint.AreaM2, 6);
        GeometryAssert.EqualWithin("POLYGON ((-200 150, -200 -150, 200 -150, 200 150, -200 150))", footprint.Local, 1e-6);
    }

    [Fact]
    public void Footprint_ObliqueNearHorizon_IsClampedAndFlagged()
    {
        var g = new PhotoGeoreference(Camera, Wujin, 100, new CameraAttitude(30, -20, 0), maxGroundDistanceM: 500);

        var footprint = g.Footprint();

        Assert.True(footprint.HorizonClamped);
        var farthest = footprint.Local.Coordinates.Max(c => Math.Sqrt((c.X * c.X) + (c.Y * c.Y)));
        Assert.Equal(500, farthest, 6);
    }

    [Fact]
    public void PixelToGround_ThenGroundToPixel_RoundTripsWithin001Px()
    {
        var poses = Gen.Select(
            Gen.Double[0, 360], Gen.Double[-90, -30], Gen.Double[-20, 20], Gen.Double[20, 300], Gen.Double[0, 4000], Gen.Double[0, 3000]);
        poses.Sample((yaw, pitch, roll, height, u, v) =>
        {
            var g = new PhotoGeoreference(Camera, Wujin, height, new CameraAttitude(yaw, pitch, roll), maxGroundDistanceM: 1e9);
            if (!g.TryPixelToGround(u, v, out var ground))
            {
                return true;
            }

            Assert.True(g.TryGroundToPixel(ground, out var u2, out var v2));
            return Math.Abs(u2 - u) < 0.01 && Math.Abs(v2 - v) < 0.01;
        });
    }

    [Fact]
    public void PixelToGrid_AgreesWithRayIntersectionThroughTheFrame()
    {
        var g = new PhotoGeoreference(Camera, Wujin, 120, new CameraAttitude(37, -60, 3));

        Assert.True(g.TryPixelToLocal(300, 2500, out var e, out var n));
        var (gridE, gridN) = g.Frame.EnuToGrid.Apply(e, n);
        Assert.True(g.PixelToGrid.TryApply(300, 2500, out var viaHomographyE, out var viaHomographyN));

        Assert.Equal(gridE, viaHomographyE, 6);
        Assert.Equal(gridN, viaHomographyN, 6);
    }
}
