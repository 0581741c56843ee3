using ProjectMap.Domain.Units;
using ProjectMap.Geodesy.Measures;
using ProjectMap.Geodesy.Points;
using ProjectMap.Geodesy.Projections;
using ProjectMap.Testing;

namespace ProjectMap.Geodesy.Tests.Measures;

public sealed class ParcelAreaTests
{
    [Fact]
    public void MuToSquareMetres_FortySevenAndAHalfMu_Is31666Point67SquareMetres() =>
        Assert.Equal(31666.67, AreaUnits.MuToSquareMetres(47.5), 2);

    [Fact]
    public void SquareMetres_OneArcMinuteCellAtEquator_MatchesEllipsoidalArea()
    {
        // A 1′ × 1′ cell at the equator on GRS80: 1855.3248 m (parallel) × 1842.9044 m (meridian) ≈ 3,419,170 m²
        // (ellipsoidal arc lengths; the cell's area to 1e-5 relative).
        var cell = GeometryAssert.Wkt("POLYGON ((120 0, 120.0166666667 0, 120.0166666667 0.0166666667, 120 0.0166666667, 120 0))");

        var area = ParcelArea.SquareMetres(cell);

        Assert.InRange(area / (1855.3248 * 1842.9044), 1 - 1e-5, 1 + 1e-5);
    }

    [Fact]
    public void SquareMetres_SameGroundRectangleNearZoneEdge_EqualsAreaAtCentralMeridian()
    {
        // A 200 m × 150 m rectangle laid out in true metres at the central meridian and 1.4° east of it has the same
        // ellipsoidal area; the grid area differs by the squared scale factor, which ParcelArea removes.
        var atCm = Rectangle(new GeodeticPoint(31.7, 120.0));
        var nearEdge = Rectangle(new GeodeticPoint(31.7, 121.4));

        Assert.Equal(30000, ParcelArea.SquareMetres(atCm), 0);
        Assert.InRange(ParcelArea.SquareMetres(nearEdge) / ParcelArea.SquareMetres(atCm), 1 - 2e-6, 1 + 2e-6);
    }

    [Fact]
    public void Compare_DeclaredWithinTwoPercent_NoWarning()
    {
        var parcel = Rectangle(new GeodeticPoint(31.7, 119.85));
        var mu = AreaUnits.SquareMetresToMu(30000);

        var result = ParcelArea.Compare(parcel, mu * 1.019);

        Assert.Null(result.Warning);
        Assert.Equal(1.9, result.DifferencePct!.Value, 1);
    }

    [Fact]
    public void Compare_DeclaredThreePercentHigh_WarnsWithBothFigures()
    {
        var parcel = Rectangle(new GeodeticPoint(31.7, 119.85));
        var mu = AreaUnits.SquareMetresToMu(30000);

        var result = ParcelArea.Compare(parcel, mu * 1.03);

        Assert.NotNull(result.Warning);
        Assert.Contains("+3.0 %", result.Warning, StringComparison.Ordinal);
        Assert.Contains("45 亩", result.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_NoDeclaredArea_NoWarningNoDifference()
    {
        var result = ParcelArea.Compare(Rectangle(new GeodeticPoint(31.7, 119.85)), null);

        Assert.Null(result.Warning);
        Assert.Null(result.DifferencePct);
    }

    private static NetTopologySuite.Geometries.Geometry Rectangle(GeodeticPoint centre)
    {
        // Lay out the rectangle in true metres: grid offsets scaled by the point scale factor at the centre.
        var zone = GaussKrugerZone.ForLongitude(centre.LongitudeDeg);
        var k = ParcelArea.PointScale(centre.LatitudeDeg, centre.LongitudeDeg - zone.CentralMeridianDeg);
        var c = zone.Forward(centre);
        var ring = new[] { (-100.0, -75.0), (100, -75), (100, 75), (-100, 75), (-100, -75) }
            .Select(o => zone.InverseXY(c.EastingM + (o.Item1 * k), c.NorthingM + (o.Item2 * k)))
            .Select(p => new NetTopologySuite.Geometries.Coordinate(p.LongitudeDeg, p.LatitudeDeg))
            .ToArray();
        return new NetTopologySuite.Geometries.GeometryFactory().CreatePolygon(ring);
    }
}
