using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Georeferencing;

namespace ProjectMap.Imagery.Tests.Georeferencing;

public sealed class LocalGroundFrameTests
{
    // Before the fix the frame threw ArgumentOutOfRangeException for any photo taken outside 73.5°E–136.5°E (the
    // CGCS2000 zones), so the real test photos (Duluth, USA; Mauritius) could not be georeferenced at all.
    [Theory]
    [InlineData(46.8428, -91.9943)]
    [InlineData(-20.4406, 57.3189)]
    [InlineData(31.7085, 119.8455)]
    public void ToLocalToGeodetic_AnywhereOnEarth_RoundTripsWithin1Mm(double lat, double lon)
    {
        var frame = new LocalGroundFrame(new GeodeticPoint(lat, lon));

        var p = frame.ToGeodetic(300, -200);
        var (e, n) = frame.ToLocal(p);

        Assert.Equal(300, e, 3);
        Assert.Equal(-200, n, 3);
    }

    [Fact]
    public void Constructor_OutsideChina_UsesAZoneWithoutEpsgCode()
    {
        var frame = new LocalGroundFrame(new GeodeticPoint(46.8428, -91.9943));

        Assert.Equal(0, frame.Zone.Epsg);
        Assert.Equal(-93, frame.Zone.CentralMeridianDeg);
    }

    [Fact]
    public void ToGeodetic_OneHundredMetresNorth_IsOneHundredTrueMetresAway()
    {
        var frame = new LocalGroundFrame(new GeodeticPoint(46.8428, -91.9943));

        var p = frame.ToGeodetic(0, 100);

        // One degree of latitude at 46.84°N is 111 170 m on the ellipsoid (meridian arc).
        Assert.Equal(100 / 111_170.0, p.LatitudeDeg - 46.8428, 7);
        Assert.Equal(-91.9943, p.LongitudeDeg, 7);
    }
}
