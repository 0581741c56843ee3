namespace ProjectMap.Geodesy.Projections;

/// <summary>
/// EPSG:3857 "Popular Visualisation Pseudo-Mercator": geodetic WGS84/CGCS2000 degrees projected as if on a
/// sphere of radius 6378137 m (EPSG method 1024). X = easting and Y = northing, both in metres; latitudes are
/// limited to ±85.05112878° so the map is square. This closed form is what every XYZ tile service uses.
/// </summary>
public static class WebMercator
{
    /// <summary>The sphere radius in metres (the WGS84 semi-major axis).</summary>
    public const double RadiusM = 6378137.0;

    /// <summary>The largest latitude the projection covers, in degrees.</summary>
    public const double MaxLatitudeDeg = 85.0511287798066;

    /// <summary>Half the width of the world in metres, π × 6378137.</summary>
    public const double HalfWorldM = Math.PI * RadiusM;

    /// <summary>Projects longitude and latitude in degrees to (X easting, Y northing) in metres.</summary>
    public static (double X, double Y) Forward(double longitudeDeg, double latitudeDeg)
    {
        var lat = Math.Clamp(latitudeDeg, -MaxLatitudeDeg, MaxLatitudeDeg) * Math.PI / 180.0;
        var x = RadiusM * longitudeDeg * Math.PI / 180.0;
        var y = RadiusM * Math.Log(Math.Tan((Math.PI / 4.0) + (lat / 2.0)));
        return (x, y);
    }

    /// <summary>Unprojects (X easting, Y northing) in metres to (longitude, latitude) in degrees.</summary>
    public static (double LongitudeDeg, double LatitudeDeg) Inverse(double x, double y)
    {
        var lon = x / RadiusM * 180.0 / Math.PI;
        var lat = ((2.0 * Math.Atan(Math.Exp(y / RadiusM))) - (Math.PI / 2.0)) * 180.0 / Math.PI;
        return (lon, lat);
    }

    /// <summary>Ground metres per Web Mercator metre at a latitude in degrees: cos(latitude).</summary>
    public static double ScaleToGround(double latitudeDeg) => Math.Cos(latitudeDeg * Math.PI / 180.0);
}
