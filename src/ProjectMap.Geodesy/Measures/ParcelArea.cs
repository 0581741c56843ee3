using NetTopologySuite.Geometries;
using ProjectMap.Domain.Units;
using ProjectMap.Geodesy.Projections;

namespace ProjectMap.Geodesy.Measures;

/// <summary>
/// Areas of lon/lat parcels (X = longitude, Y = latitude, CGCS2000 degrees) in square metres and 亩. The parcel is
/// projected into the 3-degree Gauss-Kruger zone of its centroid, its planar area taken there, and divided by the
/// square of the projection's point scale factor at the centroid, which leaves an error below 1e-7 of the area for
/// parcels up to a few kilometres across.
/// </summary>
public static class ParcelArea
{
    /// <summary>Relative difference between declared and computed area above which a warning is raised (2 %).</summary>
    public const double DefaultTolerance = 0.02;

    /// <summary>The ellipsoidal area of a lon/lat polygon or multi-polygon in square metres; 0 for an empty geometry.</summary>
    public static double SquareMetres(Geometry lonLat)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        if (lonLat.IsEmpty)
        {
            return 0;
        }

        var centroid = lonLat.Centroid;
        var zone = GaussKrugerZone.ForLongitude(centroid.X);
        var grid = zone.ToGrid(lonLat);
        var k = PointScale(centroid.Y, centroid.X - zone.CentralMeridianDeg);
        return grid.Area / (k * k);
    }

    /// <summary>The ellipsoidal area of a lon/lat polygon or multi-polygon in 亩 (1 亩 = 10000/15 m²).</summary>
    public static double Mu(Geometry lonLat) => AreaUnits.SquareMetresToMu(SquareMetres(lonLat));

    /// <summary>Compares a declared area in 亩 with the parcel's computed area and words a warning past <paramref name="tolerance"/> (a fraction).</summary>
    public static AreaComparison Compare(Geometry lonLat, double? declaredMu, double tolerance = DefaultTolerance)
    {
        var m2 = SquareMetres(lonLat);
        var mu = AreaUnits.SquareMetresToMu(m2);
        if (declaredMu is not { } declared || declared <= 0 || m2 <= 0)
        {
            return new AreaComparison(m2, mu, declaredMu, null, null);
        }

        var difference = (declared - mu) / mu;
        string? warning = Math.Abs(difference) > tolerance
            ? FormattableString.Invariant(
                $"declared land area {declared:0.##} 亩 differs from the parcel's computed {mu:0.##} 亩 ({m2:0} m²) by {difference * 100:+0.0;-0.0} %, more than {tolerance * 100:0.#} %")
            : null;
        return new AreaComparison(m2, mu, declared, difference * 100, warning);
    }

    /// <summary>
    /// Transverse Mercator point scale factor (k0 = 1) at a latitude and a longitude offset from the central meridian,
    /// both in degrees, on the CGCS2000 ellipsoid (Snyder 1987, eq. 8-11).
    /// </summary>
    public static double PointScale(double latitudeDeg, double deltaLongitudeDeg)
    {
        const double f = 1 / GaussKrugerZone.Cgcs2000InverseFlattening;
        const double e2 = f * (2 - f);
        const double ep2 = e2 / (1 - e2);
        var phi = latitudeDeg * Math.PI / 180;
        var cos = Math.Cos(phi);
        var t = Math.Tan(phi) * Math.Tan(phi);
        var c = ep2 * cos * cos;
        var a = deltaLongitudeDeg * Math.PI / 180 * cos;
        var a2 = a * a;
        return 1 + ((1 + c) * a2 / 2) + ((5 - (4 * t) + (42 * c) + (13 * c * c) - (28 * ep2)) * a2 * a2 / 24);
    }
}
