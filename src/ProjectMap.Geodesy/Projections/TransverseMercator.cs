using System.Globalization;
using ProjectMap.Geodesy.Points;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace ProjectMap.Geodesy.Projections;

/// <summary>
/// A transverse Mercator projection (EPSG method 9807) on a named ellipsoid, computed by ProjNET.
/// Forward takes geodetic degrees on the projection's own datum and gives metres; no datum shift is applied.
/// </summary>
public sealed class TransverseMercator
{
    private readonly ICoordinateTransformation _forward;
    private readonly ICoordinateTransformation _inverse;

    /// <summary>Creates a projection; angles in degrees, lengths in metres, <paramref name="inverseFlattening"/> is 1/f.</summary>
    public TransverseMercator(
        string name,
        double semiMajorAxisM,
        double inverseFlattening,
        double latitudeOfOriginDeg,
        double centralMeridianDeg,
        double scaleFactor,
        double falseEastingM,
        double falseNorthingM)
    {
        CentralMeridianDeg = centralMeridianDeg;
        FalseEastingM = falseEastingM;
        var ic = CultureInfo.InvariantCulture;
        var geographic =
            $"GEOGCS[\"{name}\",DATUM[\"{name}_datum\",SPHEROID[\"{name}_ellipsoid\",{semiMajorAxisM.ToString("R", ic)},{inverseFlattening.ToString("R", ic)}]]," +
            "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]";
        var projected =
            $"PROJCS[\"{name}\",{geographic},PROJECTION[\"Transverse_Mercator\"]," +
            $"PARAMETER[\"latitude_of_origin\",{latitudeOfOriginDeg.ToString("R", ic)}]," +
            $"PARAMETER[\"central_meridian\",{centralMeridianDeg.ToString("R", ic)}]," +
            $"PARAMETER[\"scale_factor\",{scaleFactor.ToString("R", ic)}]," +
            $"PARAMETER[\"false_easting\",{falseEastingM.ToString("R", ic)}]," +
            $"PARAMETER[\"false_northing\",{falseNorthingM.ToString("R", ic)}],UNIT[\"metre\",1]]";
        var factory = new CoordinateSystemFactory();
        var geo = (GeographicCoordinateSystem)factory.CreateFromWkt(geographic);
        var proj = (ProjectedCoordinateSystem)factory.CreateFromWkt(projected);
        var transforms = new CoordinateTransformationFactory();
        _forward = transforms.CreateFromCoordinateSystems(geo, proj);
        _inverse = transforms.CreateFromCoordinateSystems(proj, geo);
        Wkt = projected;
    }

    /// <summary>The central meridian in degrees east.</summary>
    public double CentralMeridianDeg { get; }

    /// <summary>The false easting in metres.</summary>
    public double FalseEastingM { get; }

    /// <summary>The projection as OGC WKT 1.</summary>
    public string Wkt { get; }

    /// <summary>Projects a geodetic point to grid metres (northing, easting).</summary>
    public GridPoint Forward(GeodeticPoint point)
    {
        var (e, n) = _forward.MathTransform.Transform(point.LongitudeDeg, point.LatitudeDeg);
        return new GridPoint(n, e);
    }

    /// <summary>Projects (easting, northing) in metres to (longitude, latitude) in degrees; the order NetTopologySuite uses.</summary>
    public (double LongitudeDeg, double LatitudeDeg) InverseXY(double eastingM, double northingM) =>
        _inverse.MathTransform.Transform(eastingM, northingM);

    /// <summary>Projects (longitude, latitude) in degrees to (easting, northing) in metres; the order NetTopologySuite uses.</summary>
    public (double EastingM, double NorthingM) ForwardXY(double longitudeDeg, double latitudeDeg) =>
        _forward.MathTransform.Transform(longitudeDeg, latitudeDeg);

    /// <summary>Unprojects grid metres (northing, easting) to a geodetic point.</summary>
    public GeodeticPoint Inverse(GridPoint point)
    {
        var (lon, lat) = _inverse.MathTransform.Transform(point.EastingM, point.NorthingM);
        return new GeodeticPoint(lat, lon);
    }
}
