using CsCheck;
using ProjectMap.Geodesy.Points;
using ProjectMap.Geodesy.Projections;

namespace ProjectMap.Geodesy.Tests.Projections;

/// <summary>Vectors from ../shared/vectors/README.md ("Transverse Mercator on the GRS80 / CGCS2000 ellipsoid"), tolerance 1 mm.</summary>
public sealed class GaussKrugerZoneTests
{
    private const double Millimetre = 0.001;

    [Theory]
    [InlineData(2, 1, 222650.796797586, 110642.229411933)]
    [InlineData(-2, 1, -222650.796797586, 110642.229411933)]
    [InlineData(2.9, 40, 247660.7575, 4433559.6623)]
    [InlineData(6, 40, 512526.6344, 4446813.3655)]
    public void Forward_ProjGrs80Vector_WithinOneMillimetre(double lon, double lat, double easting, double northing)
    {
        var tm = new TransverseMercator("GRS80", 6378137, 298.257222101, 0, 0, 1, 0, 0);

        var grid = tm.Forward(new GeodeticPoint(lat, lon));

        Assert.InRange(grid.EastingM - easting, -Millimetre, Millimetre);
        Assert.InRange(grid.NorthingM - northing, -Millimetre, Millimetre);
    }

    [Theory]
    [InlineData(122, 1, 110642.229411933, 722650.796797586)]
    [InlineData(118, 1, 110642.229411933, 277349.203202414)]
    [InlineData(122.9, 40, 4433559.6623, 747660.7575)]
    public void Forward_Epsg4549Vector_NorthingThenEastingWithinOneMillimetre(double lon, double lat, double northingX, double eastingY)
    {
        var zone = GaussKrugerZone.FromEpsg(4549);

        var grid = zone.Forward(new GeodeticPoint(lat, lon));

        Assert.InRange(grid.NorthingM - northingX, -Millimetre, Millimetre);
        Assert.InRange(grid.EastingM - eastingY, -Millimetre, Millimetre);
    }

    [Theory]
    [InlineData(110642.229411933, 722650.796797586, 122, 1)]
    [InlineData(4433559.6623, 747660.7575, 122.9, 40)]
    public void Inverse_Epsg4549Vector_WithinOneMillimetreOnTheGround(double northingX, double eastingY, double lon, double lat)
    {
        var zone = GaussKrugerZone.FromEpsg(4549);

        var point = zone.Inverse(new GridPoint(northingX, eastingY));

        // 1 mm is about 9e-9 degrees of latitude.
        Assert.InRange(point.LatitudeDeg - lat, -9e-9, 9e-9);
        Assert.InRange((point.LongitudeDeg - lon) * Math.Cos(lat * Math.PI / 180), -9e-9, 9e-9);
    }

    [Fact]
    public void Forward_Epsg4546ChineseSuiteVector_WithinOneMillimetre()
    {
        var zone = GaussKrugerZone.FromEpsg(4546);
        var lat = Dms(30, 45, 25.4425);
        var lon = Dms(111, 17, 58.3596);

        var grid = zone.Forward(new GeodeticPoint(lat, lon));

        Assert.Equal(111, zone.CentralMeridianDeg);
        Assert.InRange(grid.NorthingM - 3404079.3582, -Millimetre, Millimetre);
        Assert.InRange(grid.EastingM - 528680.0889, -Millimetre, Millimetre);
    }

    [Fact]
    public void Inverse_Epsg4546ChineseSuiteVector_WithinOneMillimetreOnTheGround()
    {
        var zone = GaussKrugerZone.FromEpsg(4546);

        var point = zone.Inverse(new GridPoint(3404762.7444, 624430.6672));

        Assert.InRange(point.LatitudeDeg - Dms(30, 45, 25.4425), -9e-9, 9e-9);
        Assert.InRange((point.LongitudeDeg - Dms(112, 17, 58.3596)) * Math.Cos(30.76 * Math.PI / 180), -9e-9, 9e-9);
    }

    [Fact]
    public void Forward_BritishNationalGridWorkedExample_WithinTwoCentimetres()
    {
        // IOGP Guidance Note 7-2, EPSG method 9807: OSGB 1936 / British National Grid.
        var bng = new TransverseMercator("Airy1830", 6377563.396, 299.3249646, 49, -2, 0.9996012717, 400000, -100000);

        var grid = bng.Forward(new GeodeticPoint(50.5, 0.5));

        Assert.InRange(grid.EastingM - 577274.99, -0.02, 0.02);
        Assert.InRange(grid.NorthingM - 69740.50, -0.02, 0.02);
    }

    [Theory]
    [InlineData(119.9, 4549, 120)]
    [InlineData(73.5, 4534, 75)]
    [InlineData(121.49, 4549, 120)]
    [InlineData(121.5, 4550, 123)]
    [InlineData(136.4, 4554, 135)]
    public void ForLongitude_Longitude_ChoosesNearestCentralMeridian(double lon, int epsg, int cm)
    {
        var zone = GaussKrugerZone.ForLongitude(lon);

        Assert.Equal(epsg, zone.Epsg);
        Assert.Equal(cm, zone.CentralMeridianDeg);
    }

    [Theory]
    [InlineData(72)]
    [InlineData(137)]
    [InlineData(double.NaN)]
    public void ForLongitude_OutsideChinaZones_Throws(double lon) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GaussKrugerZone.ForLongitude(lon));

    [Fact]
    public void FromEpsg_ZonePrefixedFamily_AddsZoneNumberToEasting()
    {
        var plain = GaussKrugerZone.FromEpsg(4549);
        var prefixed = GaussKrugerZone.FromEpsg(4528);
        var p = new GeodeticPoint(31.7, 119.85);

        Assert.Equal(40, prefixed.ZoneNumber);
        Assert.Equal(plain.Forward(p).EastingM + 40_000_000, prefixed.Forward(p).EastingM, 6);
    }

    [Fact]
    public void ForwardThenInverse_AnyPointInAZone_RoundTripsWithinOneMillimetre()
    {
        Gen.Select(Gen.Double[18, 53], Gen.Double[-1.5, 1.5], Gen.Int[4534, 4554]).Sample((lat, offset, epsg) =>
        {
            var zone = GaussKrugerZone.FromEpsg(epsg);
            var p = new GeodeticPoint(lat, zone.CentralMeridianDeg + offset);
            var back = zone.Inverse(zone.Forward(p));
            var dNorth = (back.LatitudeDeg - p.LatitudeDeg) * 111_000;
            var dEast = (back.LongitudeDeg - p.LongitudeDeg) * 111_000 * Math.Cos(lat * Math.PI / 180);
            return Math.Abs(dNorth) < Millimetre && Math.Abs(dEast) < Millimetre;
        });
    }

    private static double Dms(int d, int m, double s) => d + (m / 60.0) + (s / 3600.0);
}
