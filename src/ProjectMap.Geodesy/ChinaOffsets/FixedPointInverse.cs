namespace ProjectMap.Geodesy.ChinaOffsets;

/// <summary>
/// Inverts a near-identity map of (longitude, latitude) degrees by fixed-point iteration: x ← x − (F(x) − target),
/// which converges for the GCJ-02 and BD-09 offsets because their Jacobians differ from the identity by less than 1e-3.
/// </summary>
public static class FixedPointInverse
{
    /// <summary>
    /// Finds x with F(x) = target, starting at <paramref name="start"/>, until a step is smaller than
    /// <paramref name="toleranceDeg"/> in both coordinates or <paramref name="maxRounds"/> rounds have run.
    /// </summary>
    public static (double LongitudeDeg, double LatitudeDeg) Solve(
        Func<double, double, (double LongitudeDeg, double LatitudeDeg)> forward,
        (double LongitudeDeg, double LatitudeDeg) target,
        (double LongitudeDeg, double LatitudeDeg) start,
        double toleranceDeg,
        int maxRounds)
    {
        ArgumentNullException.ThrowIfNull(forward);
        var (lon, lat) = start;
        for (var i = 0; i < maxRounds; i++)
        {
            var (fLon, fLat) = forward(lon, lat);
            var stepLon = fLon - target.LongitudeDeg;
            var stepLat = fLat - target.LatitudeDeg;
            lon -= stepLon;
            lat -= stepLat;
            if (Math.Abs(stepLon) < toleranceDeg && Math.Abs(stepLat) < toleranceDeg)
            {
                break;
            }
        }

        return (lon, lat);
    }
}
