using ProjectMap.Geodesy.Measures;
using ProjectMap.Geodesy.Points;
using ProjectMap.Geodesy.Projections;
using ProjectMap.Imagery.Mathematics;

namespace ProjectMap.Imagery.Georeferencing;

/// <summary>
/// A local east-north-up frame in true metres with its origin on the ground under the camera, tied to the CGCS2000
/// 3-degree Gauss-Kruger zone of that point: grid = origin + k · R(β) · enu, where k is the zone's point scale factor
/// and β the grid azimuth of true north (meridian convergence) at the origin. Over a drone photo's footprint (≤ 1 km)
/// the tie is exact to about 2 cm at 500 m from the origin; the flat-ground model itself is the larger approximation.
/// Outside China (longitudes beyond 73.5°E–136.5°E) the frame is tied to a 3-degree zone of the same construction
/// without an EPSG code (<see cref="GaussKrugerZone.ForLongitudeWorldwide"/>), so photos taken abroad still georeference.
/// </summary>
public sealed class LocalGroundFrame
{
    /// <summary>Creates the frame at a geodetic origin (CGCS2000/WGS84 degrees).</summary>
    public LocalGroundFrame(GeodeticPoint origin)
    {
        if (!origin.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(origin), origin, "origin latitude/longitude out of range");
        }

        Origin = origin;
        Zone = GaussKrugerZone.ForLongitudeWorldwide(origin.LongitudeDeg);
        var o = Zone.Forward(origin);
        OriginGrid = o;
        var north = Zone.Forward(origin with { LatitudeDeg = origin.LatitudeDeg + 1e-4 });
        TrueNorthGridAzimuthRad = Math.Atan2(north.EastingM - o.EastingM, north.NorthingM - o.NorthingM);
        ScaleFactor = ParcelArea.PointScale(origin.LatitudeDeg, origin.LongitudeDeg - Zone.CentralMeridianDeg);
        var (s, c) = Math.SinCos(TrueNorthGridAzimuthRad);
        EnuToGrid = new Homography(new Matrix3(
            ScaleFactor * c, ScaleFactor * s, o.EastingM,
            -ScaleFactor * s, ScaleFactor * c, o.NorthingM,
            0, 0, 1));
        GridToEnu = EnuToGrid.Inverse();
    }

    /// <summary>The geodetic origin (on the ground under the camera).</summary>
    public GeodeticPoint Origin { get; }

    /// <summary>The Gauss-Kruger zone of the origin (its <see cref="GaussKrugerZone.Epsg"/> is 0 outside China).</summary>
    public GaussKrugerZone Zone { get; }

    /// <summary>The origin on the zone's grid (northing, easting) in metres.</summary>
    public GridPoint OriginGrid { get; }

    /// <summary>Grid azimuth of true north at the origin in radians, clockwise from grid north (meridian convergence).</summary>
    public double TrueNorthGridAzimuthRad { get; }

    /// <summary>Transverse Mercator point scale factor at the origin (grid metres per true metre).</summary>
    public double ScaleFactor { get; }

    /// <summary>Maps local (east, north) true metres to grid (easting, northing) metres.</summary>
    public Homography EnuToGrid { get; }

    /// <summary>Maps grid (easting, northing) metres to local (east, north) true metres.</summary>
    public Homography GridToEnu { get; }

    /// <summary>A local (east, north) point in metres as a geodetic point.</summary>
    public GeodeticPoint ToGeodetic(double eastM, double northM)
    {
        var (e, n) = EnuToGrid.Apply(eastM, northM);
        return Zone.Inverse(new GridPoint(n, e));
    }

    /// <summary>A geodetic point as local (east, north) metres.</summary>
    public (double EastM, double NorthM) ToLocal(GeodeticPoint point)
    {
        var g = Zone.Forward(point);
        return GridToEnu.Apply(g.EastingM, g.NorthingM);
    }
}
