using CsCheck;
using ProjectMap.Geodesy.ChinaOffsets;

namespace ProjectMap.Geodesy.Tests.ChinaOffsets;

/// <summary>Vectors from ../shared/vectors/README.md: coordtransform's standard BD-09 formula, input (116.404, 39.915).</summary>
public sealed class Bd09Tests
{
    [Fact]
    public void FromGcj02_CoordtransformVector_MatchesToTwelveDigits()
    {
        var (lon, lat) = Bd09.FromGcj02(116.404, 39.915);

        Assert.Equal(116.41036949371029, lon, 12);
        Assert.Equal(39.92133699351021, lat, 12);
    }

    [Fact]
    public void ToGcj02OneStep_CoordtransformVector_MatchesToTwelveDigits()
    {
        var (lon, lat) = Bd09.ToGcj02OneStep(116.404, 39.915);

        Assert.Equal(116.39762729119315, lon, 12);
        Assert.Equal(39.90865673957631, lat, 12);
    }

    [Fact]
    public void ToGcj02_AnyPoint_InvertsFromGcj02WithinOneMillimetre()
    {
        Gen.Select(Gen.Double[74, 135], Gen.Double[4, 53]).Sample((lon, lat) =>
        {
            var (bLon, bLat) = Bd09.FromGcj02(lon, lat);
            var (gLon, gLat) = Bd09.ToGcj02(bLon, bLat);
            return Gcj02Tests.Metres(gLon, gLat, lon, lat) < 0.001;
        });
    }

    [Fact]
    public void ToWgs84_AnyPointInChina_InvertsFromWgs84WithinOneMillimetre()
    {
        Gen.Select(Gen.Double[74, 135], Gen.Double[4, 53]).Sample((lon, lat) =>
        {
            var (bLon, bLat) = Bd09.FromWgs84(lon, lat);
            var (wLon, wLat) = Bd09.ToWgs84(bLon, bLat);
            return Gcj02Tests.Metres(wLon, wLat, lon, lat) < 0.001;
        });
    }
}
