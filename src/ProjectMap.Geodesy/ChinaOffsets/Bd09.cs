namespace ProjectMap.Geodesy.ChinaOffsets;

/// <summary>
/// BD-09, Baidu's datum: GCJ-02 further perturbed with the standard formula (x_pi = π × 3000 / 180, shifts
/// 0.0065° in longitude and 0.006° in latitude). Every method takes and returns (longitude, latitude) in degrees.
/// </summary>
public static class Bd09
{
    private const double XPi = Math.PI * 3000.0 / 180.0;

    /// <summary>Converts GCJ-02 to BD-09 with the standard formula.</summary>
    public static (double LongitudeDeg, double LatitudeDeg) FromGcj02(double longitudeDeg, double latitudeDeg)
    {
        var x = longitudeDeg;
        var y = latitudeDeg;
        var z = Math.Sqrt((x * x) + (y * y)) + (0.00002 * Math.Sin(y * XPi));
        var theta = Math.Atan2(y, x) + (0.000003 * Math.Cos(x * XPi));
        return ((z * Math.Cos(theta)) + 0.0065, (z * Math.Sin(theta)) + 0.006);
    }

    /// <summary>Converts BD-09 to GCJ-02 with the standard one-step formula Baidu publishes (error up to about 1e-6°).</summary>
    public static (double LongitudeDeg, double LatitudeDeg) ToGcj02OneStep(double longitudeDeg, double latitudeDeg)
    {
        var x = longitudeDeg - 0.0065;
        var y = latitudeDeg - 0.006;
        var z = Math.Sqrt((x * x) + (y * y)) - (0.00002 * Math.Sin(y * XPi));
        var theta = Math.Atan2(y, x) - (0.000003 * Math.Cos(x * XPi));
        return (z * Math.Cos(theta), z * Math.Sin(theta));
    }

    /// <summary>
    /// The iterated inverse of <see cref="FromGcj02"/>: starts from the one-step formula and iterates until the
    /// forward image matches the input within 1e-12°, at most 20 rounds.
    /// </summary>
    public static (double LongitudeDeg, double LatitudeDeg) ToGcj02(double longitudeDeg, double latitudeDeg) =>
        FixedPointInverse.Solve(FromGcj02, (longitudeDeg, latitudeDeg), ToGcj02OneStep(longitudeDeg, latitudeDeg), 1e-12, 20);

    /// <summary>Converts WGS84 to BD-09 through GCJ-02.</summary>
    public static (double LongitudeDeg, double LatitudeDeg) FromWgs84(double longitudeDeg, double latitudeDeg)
    {
        var (lon, lat) = Gcj02.FromWgs84(longitudeDeg, latitudeDeg);
        return FromGcj02(lon, lat);
    }

    /// <summary>Converts BD-09 to WGS84 through GCJ-02 with both iterated inverses.</summary>
    public static (double LongitudeDeg, double LatitudeDeg) ToWgs84(double longitudeDeg, double latitudeDeg)
    {
        var (lon, lat) = ToGcj02(longitudeDeg, latitudeDeg);
        return Gcj02.ToWgs84(lon, lat);
    }
}
