using CsCheck;
using ProjectMap.Geodesy.Projections;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace ProjectMap.Geodesy.Tests.Projections;

public sealed class WebMercatorTests
{
    private static readonly ICoordinateTransformation ProjNetWebMercator = new CoordinateTransformationFactory()
        .CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, ProjectedCoordinateSystem.WebMercator);

    [Fact]
    public void Forward_Origin_IsZero()
    {
        var (x, y) = WebMercator.Forward(0, 0);

        Assert.InRange(x, -1e-6, 1e-6);
        Assert.InRange(y, -1e-6, 1e-6);
    }

    [Fact]
    public void Forward_Antimeridian_IsHalfTheWorld() => Assert.Equal(20037508.342789244, WebMercator.Forward(180, 0).X, 6);

    [Fact]
    public void Forward_AnyPoint_AgreesWithProjNetWithinOneMillimetre()
    {
        Gen.Select(Gen.Double[-180, 180], Gen.Double[-85, 85]).Sample((lon, lat) =>
        {
            var (x, y) = WebMercator.Forward(lon, lat);
            var (px, py) = ProjNetWebMercator.MathTransform.Transform(lon, lat);
            return Math.Abs(x - px) < 0.001 && Math.Abs(y - py) < 0.001;
        });
    }

    [Fact]
    public void ForwardThenInverse_AnyPoint_RoundTripsWithin1e9Degrees()
    {
        Gen.Select(Gen.Double[-180, 180], Gen.Double[-85, 85]).Sample((lon, lat) =>
        {
            var (x, y) = WebMercator.Forward(lon, lat);
            var (lon2, lat2) = WebMercator.Inverse(x, y);
            return Math.Abs(lon2 - lon) < 1e-9 && Math.Abs(lat2 - lat) < 1e-9;
        });
    }
}
