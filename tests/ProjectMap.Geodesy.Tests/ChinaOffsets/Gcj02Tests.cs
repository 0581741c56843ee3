using CsCheck;
using ProjectMap.Geodesy.ChinaOffsets;

namespace ProjectMap.Geodesy.Tests.ChinaOffsets;

/// <summary>Vectors from ../shared/vectors/README.md: eviltransform (tolerance 1e-6°) and coordtransform.</summary>
public sealed class Gcj02Tests
{
    [Theory]
    [InlineData(31.1774276, 121.5272106, 31.17530398364597, 121.531541859215)]
    [InlineData(22.543847, 113.912316, 22.540796131694766, 113.9171764808363)]
    [InlineData(39.911954, 116.377817, 39.91334545536069, 116.38404722455657)]
    public void FromWgs84_EviltransformVector_Within1e6Degrees(double wgsLat, double wgsLon, double gcjLat, double gcjLon)
    {
        var (lon, lat) = Gcj02.FromWgs84(wgsLon, wgsLat);

        Assert.InRange(lat - gcjLat, -1e-6, 1e-6);
        Assert.InRange(lon - gcjLon, -1e-6, 1e-6);
    }

    [Theory]
    [InlineData(31.1774276, 121.5272106, 31.17530398364597, 121.531541859215)]
    [InlineData(22.543847, 113.912316, 22.540796131694766, 113.9171764808363)]
    [InlineData(39.911954, 116.377817, 39.91334545536069, 116.38404722455657)]
    public void ToWgs84_EviltransformVector_IteratedWithinHalfAMetreOneStepWithinFive(double wgsLat, double wgsLon, double gcjLat, double gcjLon)
    {
        var (lon, lat) = Gcj02.ToWgs84(gcjLon, gcjLat);
        var (lon1, lat1) = Gcj02.ToWgs84OneStep(gcjLon, gcjLat);

        Assert.InRange(Metres(lon, lat, wgsLon, wgsLat), 0, 0.5);
        Assert.InRange(Metres(lon1, lat1, wgsLon, wgsLat), 0, 5);
    }

    [Fact]
    public void FromWgs84_CoordtransformVector_MatchesToTwelveDigits()
    {
        var (lon, lat) = Gcj02.FromWgs84(116.404, 39.915);

        Assert.Equal(116.41024449916938, lon, 12);
        Assert.Equal(39.91640428150164, lat, 12);
    }

    [Fact]
    public void ToWgs84OneStep_CoordtransformVector_MatchesToTwelveDigits()
    {
        var (lon, lat) = Gcj02.ToWgs84OneStep(116.404, 39.915);

        Assert.Equal(116.39775550083061, lon, 12);
        Assert.Equal(39.91359571849836, lat, 12);
    }

    [Fact]
    public void FromWgs84_OutsideChina_ReturnsInputUnchanged()
    {
        Assert.Equal((-0.1276, 51.5072), Gcj02.FromWgs84(-0.1276, 51.5072));
    }

    [Fact]
    public void ToWgs84_AnyPointInChina_InvertsFromWgs84WithinOneMillimetre()
    {
        Gen.Select(Gen.Double[74, 135], Gen.Double[4, 53]).Sample((lon, lat) =>
        {
            var (gLon, gLat) = Gcj02.FromWgs84(lon, lat);
            var (wLon, wLat) = Gcj02.ToWgs84(gLon, gLat);
            return Metres(wLon, wLat, lon, lat) < 0.001;
        });
    }

    internal static double Metres(double lon1, double lat1, double lon2, double lat2)
    {
        var dy = (lat1 - lat2) * 111_320;
        var dx = (lon1 - lon2) * 111_320 * Math.Cos(lat2 * Math.PI / 180);
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
