namespace ProjectMap.Geodesy.Points;

/// <summary>
/// A point on the CGCS2000 / WGS84 ellipsoid: latitude then longitude, both in decimal degrees
/// (north and east positive). Note the order: NetTopologySuite geometries use X = longitude, Y = latitude instead.
/// </summary>
/// <param name="LatitudeDeg">Geodetic latitude in degrees, −90 to 90, north positive.</param>
/// <param name="LongitudeDeg">Longitude in degrees, −180 to 180, east of Greenwich positive.</param>
public readonly record struct GeodeticPoint(double LatitudeDeg, double LongitudeDeg)
{
    /// <summary>True when both values are finite and within their ranges.</summary>
    public bool IsValid =>
        double.IsFinite(LatitudeDeg) && double.IsFinite(LongitudeDeg) &&
        LatitudeDeg is >= -90 and <= 90 && LongitudeDeg is >= -180 and <= 180;
}
