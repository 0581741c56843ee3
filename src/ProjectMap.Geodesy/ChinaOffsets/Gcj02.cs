namespace ProjectMap.Geodesy.ChinaOffsets;

/// <summary>
/// GCJ-02, the obfuscated datum of Gaode (AMap) and Tencent maps: a published closed-form offset of WGS84 on the
/// Krasovsky ellipsoid (a = 6378245 m, e² = 0.00669342162296594323). Every method takes and returns
/// (longitude, latitude) in degrees. Use it for display only; ProjectMap stores WGS84/CGCS2000.
/// </summary>
public static class Gcj02
{
    private const double KrasovskyA = 6378245.0;
    private const double KrasovskyEe = 0.00669342162296594323;

    /// <summary>Offsets a WGS84 point to GCJ-02; points outside <see cref="ChinaBounds"/> are returned unchanged.</summary>
    public static (double LongitudeDeg, double LatitudeDeg) FromWgs84(double longitudeDeg, double latitudeDeg)
    {
        if (!ChinaBounds.Contains(longitudeDeg, latitudeDeg))
        {
            return (longitudeDeg, latitudeDeg);
        }

        var (dLon, dLat) = Delta(longitudeDeg, latitudeDeg);
        return (longitudeDeg + dLon, latitudeDeg + dLat);
    }

    /// <summary>
    /// The one-step inverse: subtracts the offset computed at the GCJ-02 point. Error up to about 5 m;
    /// prefer <see cref="ToWgs84"/>.
    /// </summary>
    public static (double LongitudeDeg, double LatitudeDeg) ToWgs84OneStep(double longitudeDeg, double latitudeDeg)
    {
        if (!ChinaBounds.Contains(longitudeDeg, latitudeDeg))
        {
            return (longitudeDeg, latitudeDeg);
        }

        var (dLon, dLat) = Delta(longitudeDeg, latitudeDeg);
        return (longitudeDeg - dLon, latitudeDeg - dLat);
    }

    /// <summary>
    /// The iterated inverse: fixed-point iteration w ← w − (F(w) − g) until the step is below 1e-10° (about 0.01 mm),
    /// at most 30 rounds; the result maps forward to the input within that step.
    /// </summary>
    public static (double LongitudeDeg, double LatitudeDeg) ToWgs84(double longitudeDeg, double latitudeDeg) =>
        FixedPointInverse.Solve(FromWgs84, (longitudeDeg, latitudeDeg), ToWgs84OneStep(longitudeDeg, latitudeDeg), 1e-10, 30);

    private static (double DLon, double DLat) Delta(double lon, double lat)
    {
        var x = lon - 105.0;
        var y = lat - 35.0;
        var dLat = TransformLat(x, y);
        var dLon = TransformLon(x, y);
        var radLat = lat / 180.0 * Math.PI;
        var magic = Math.Sin(radLat);
        magic = 1 - (KrasovskyEe * magic * magic);
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (KrasovskyA * (1 - KrasovskyEe) / (magic * sqrtMagic) * Math.PI);
        dLon = dLon * 180.0 / (KrasovskyA / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return (dLon, dLat);
    }

    private static double TransformLat(double x, double y)
    {
        var ret = -100.0 + (2.0 * x) + (3.0 * y) + (0.2 * y * y) + (0.1 * x * y) + (0.2 * Math.Sqrt(Math.Abs(x)));
        ret += ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
        ret += ((20.0 * Math.Sin(y * Math.PI)) + (40.0 * Math.Sin(y / 3.0 * Math.PI))) * 2.0 / 3.0;
        ret += ((160.0 * Math.Sin(y / 12.0 * Math.PI)) + (320.0 * Math.Sin(y * Math.PI / 30.0))) * 2.0 / 3.0;
        return ret;
    }

    private static double TransformLon(double x, double y)
    {
        var ret = 300.0 + x + (2.0 * y) + (0.1 * x * x) + (0.1 * x * y) + (0.1 * Math.Sqrt(Math.Abs(x)));
        ret += ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
        ret += ((20.0 * Math.Sin(x * Math.PI)) + (40.0 * Math.Sin(x / 3.0 * Math.PI))) * 2.0 / 3.0;
        ret += ((150.0 * Math.Sin(x / 12.0 * Math.PI)) + (300.0 * Math.Sin(x / 30.0 * Math.PI))) * 2.0 / 3.0;
        return ret;
    }
}
