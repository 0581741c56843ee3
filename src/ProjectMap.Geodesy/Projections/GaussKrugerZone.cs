using System.Collections.Concurrent;
using NetTopologySuite.Geometries;
using ProjectMap.Geodesy.Points;

namespace ProjectMap.Geodesy.Projections;

/// <summary>
/// A CGCS2000 3-degree Gauss-Kruger zone: transverse Mercator on the CGCS2000 ellipsoid (a = 6378137 m,
/// 1/f = 298.257222101), latitude of origin 0, central meridian a multiple of 3°E from 75°E to 135°E, scale 1,
/// false northing 0 and false easting 500 km. EPSG:4534–4554 write no zone number in the easting; EPSG:4513–4533
/// prefix it (zone × 10^6 m). The EPSG axis order is northing (X) then easting (Y); <see cref="GridPoint"/> keeps it,
/// while geometries returned by <see cref="ToGrid"/> use X = easting, Y = northing.
/// </summary>
public sealed class GaussKrugerZone
{
    /// <summary>CGCS2000 semi-major axis in metres.</summary>
    public const double Cgcs2000SemiMajorAxisM = 6378137.0;

    /// <summary>CGCS2000 inverse flattening.</summary>
    public const double Cgcs2000InverseFlattening = 298.257222101;

    /// <summary>The first EPSG code of the family without zone prefix (CM 75°E).</summary>
    public const int FirstEpsg = 4534;

    /// <summary>The last EPSG code of the family without zone prefix (CM 135°E).</summary>
    public const int LastEpsg = 4554;

    /// <summary>The first EPSG code of the family with the zone number in the easting (zone 25, CM 75°E).</summary>
    public const int FirstPrefixedEpsg = 4513;

    /// <summary>The last EPSG code of the family with the zone number in the easting (zone 45, CM 135°E).</summary>
    public const int LastPrefixedEpsg = 4533;

    private static readonly ConcurrentDictionary<int, GaussKrugerZone> Cache = new();
    private static readonly ConcurrentDictionary<int, GaussKrugerZone> WorldwideCache = new();
    private readonly TransverseMercator _projection;

    private GaussKrugerZone(int epsg, int centralMeridianDeg, bool zonePrefix)
    {
        Epsg = epsg;
        CentralMeridianDeg = centralMeridianDeg;
        ZoneNumber = centralMeridianDeg / 3;
        HasZonePrefix = zonePrefix;
        var falseEasting = 500_000.0 + (zonePrefix ? ZoneNumber * 1_000_000.0 : 0.0);
        _projection = new TransverseMercator(
            $"CGCS2000_3_Degree_GK_CM_{centralMeridianDeg}E", Cgcs2000SemiMajorAxisM, Cgcs2000InverseFlattening, 0, centralMeridianDeg, 1.0, falseEasting, 0);
    }

    /// <summary>The EPSG code of the zone, 4534–4554 (or 4513–4533 with zone prefix); 0 for a zone outside China from <see cref="ForLongitudeWorldwide"/>.</summary>
    public int Epsg { get; }

    /// <summary>Central meridian in degrees east, a multiple of 3 (75 to 135 for the EPSG zones; any longitude for <see cref="ForLongitudeWorldwide"/>).</summary>
    public int CentralMeridianDeg { get; }

    /// <summary>The 3-degree zone number, central meridian ÷ 3 (25 to 45); Changzhou is zone 40.</summary>
    public int ZoneNumber { get; }

    /// <summary>True for EPSG:4513–4533, whose eastings carry the zone number in the millions.</summary>
    public bool HasZonePrefix { get; }

    /// <summary>The zone as OGC WKT 1, axis order as ProjNET writes it (easting, northing).</summary>
    public string Wkt => _projection.Wkt;

    /// <summary>The zone (without zone prefix) whose central meridian is nearest to a longitude in degrees east, 73.5° to 136.5°.</summary>
    public static GaussKrugerZone ForLongitude(double longitudeDeg)
    {
        if (!double.IsFinite(longitudeDeg) || longitudeDeg < 73.5 || longitudeDeg >= 136.5)
        {
            throw new ArgumentOutOfRangeException(
                nameof(longitudeDeg), longitudeDeg, "CGCS2000 3-degree Gauss-Kruger zones cover longitudes 73.5°E to 136.5°E only");
        }

        var cm = 3 * (int)Math.Round(longitudeDeg / 3.0, MidpointRounding.AwayFromZero);
        return FromEpsg(FirstEpsg + ((cm - 75) / 3));
    }

    /// <summary>
    /// The 3-degree zone whose central meridian is nearest to any longitude in degrees east (−180 to 180): inside
    /// 73.5°E–136.5°E the EPSG zone <see cref="ForLongitude"/> gives; elsewhere (a drone photo taken abroad) a zone of
    /// the same construction (CGCS2000 ellipsoid, central meridian a multiple of 3°, scale 1, false easting 500 km) that
    /// has no EPSG code, so <see cref="Epsg"/> is 0. Local computations (photo ground frames) use it; stored data never do.
    /// </summary>
    public static GaussKrugerZone ForLongitudeWorldwide(double longitudeDeg)
    {
        if (!double.IsFinite(longitudeDeg) || longitudeDeg < -180 || longitudeDeg > 180)
        {
            throw new ArgumentOutOfRangeException(nameof(longitudeDeg), longitudeDeg, "longitude must be within −180° to 180°");
        }

        if (longitudeDeg is >= 73.5 and < 136.5)
        {
            return ForLongitude(longitudeDeg);
        }

        var cm = 3 * (int)Math.Round(longitudeDeg / 3.0, MidpointRounding.AwayFromZero);
        return WorldwideCache.GetOrAdd(cm, static c => new GaussKrugerZone(0, c, zonePrefix: false));
    }

    /// <summary>The zone for an EPSG code in 4513–4554; throws <see cref="ArgumentOutOfRangeException"/> for any other code.</summary>
    public static GaussKrugerZone FromEpsg(int epsg) => Cache.GetOrAdd(epsg, static code => code switch
    {
        >= FirstEpsg and <= LastEpsg => new GaussKrugerZone(code, 75 + (3 * (code - FirstEpsg)), zonePrefix: false),
        >= FirstPrefixedEpsg and <= LastPrefixedEpsg => new GaussKrugerZone(code, 75 + (3 * (code - FirstPrefixedEpsg)), zonePrefix: true),
        _ => throw new ArgumentOutOfRangeException(nameof(epsg), code, "not a CGCS2000 3-degree Gauss-Kruger zone (EPSG:4513–4554)"),
    });

    /// <summary>True when <paramref name="epsg"/> is a CGCS2000 3-degree Gauss-Kruger zone code.</summary>
    public static bool IsZoneEpsg(int epsg) => epsg is >= FirstPrefixedEpsg and <= LastEpsg;

    /// <summary>Projects a geodetic CGCS2000 point to this zone's grid in metres (northing, easting).</summary>
    public GridPoint Forward(GeodeticPoint point) => _projection.Forward(point);

    /// <summary>Unprojects this zone's grid metres (northing, easting) to a geodetic CGCS2000 point.</summary>
    public GeodeticPoint Inverse(GridPoint point) => _projection.Inverse(point);

    /// <summary>Projects (longitude, latitude) degrees to (easting, northing) metres.</summary>
    public (double EastingM, double NorthingM) ForwardXY(double longitudeDeg, double latitudeDeg) => _projection.ForwardXY(longitudeDeg, latitudeDeg);

    /// <summary>Unprojects (easting, northing) metres to (longitude, latitude) degrees.</summary>
    public (double LongitudeDeg, double LatitudeDeg) InverseXY(double eastingM, double northingM) => _projection.InverseXY(eastingM, northingM);

    /// <summary>Copies a lon/lat geometry (X = longitude, Y = latitude, degrees) onto this zone's grid (X = easting, Y = northing, metres).</summary>
    public Geometry ToGrid(Geometry lonLat) => GeometryTransform.Apply(lonLat, (x, y) => ForwardXY(x, y), Epsg);

    /// <summary>Copies a grid geometry (X = easting, Y = northing, metres) to lon/lat degrees (X = longitude, Y = latitude), SRID 4490.</summary>
    public Geometry ToGeodetic(Geometry grid) => GeometryTransform.Apply(grid, (x, y) => InverseXY(x, y), 4490);

    /// <inheritdoc />
    public override string ToString() => Epsg == 0
        ? $"CGCS2000 3-degree transverse Mercator CM {CentralMeridianDeg}° (no EPSG code)"
        : $"EPSG:{Epsg} (CGCS2000 3-degree GK CM {CentralMeridianDeg}E)";
}
