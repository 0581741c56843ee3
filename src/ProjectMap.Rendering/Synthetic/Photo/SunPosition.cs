namespace ProjectMap.Rendering.Synthetic.Photo;

/// <summary>
/// The sun's direction at an instant and place (NOAA's low-precision solar position formulas, good to about 0.1°, which
/// is ample for painting shadows).
/// </summary>
/// <param name="AzimuthDeg">Azimuth in degrees clockwise from true north.</param>
/// <param name="ElevationDeg">Elevation above the horizon in degrees.</param>
public readonly record struct SunPosition(double AzimuthDeg, double ElevationDeg)
{
    /// <summary>The sun's position at <paramref name="instant"/> seen from latitude/longitude in degrees.</summary>
    public static SunPosition At(DateTimeOffset instant, double latitudeDeg, double longitudeDeg)
    {
        const double D = Math.PI / 180;
        var utc = instant.UtcDateTime;
        var julianDay = (utc - new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc)).TotalDays;
        var g = (357.529 + (0.98560028 * julianDay)) * D;
        var q = 280.459 + (0.98564736 * julianDay);
        var eclipticLongitude = (q + (1.915 * Math.Sin(g)) + (0.020 * Math.Sin(2 * g))) * D;
        var obliquity = (23.439 - (0.00000036 * julianDay)) * D;
        var declination = Math.Asin(Math.Sin(obliquity) * Math.Sin(eclipticLongitude));
        var rightAscension = Math.Atan2(Math.Cos(obliquity) * Math.Sin(eclipticLongitude), Math.Cos(eclipticLongitude));
        var gmstHours = (18.697374558 + (24.06570982441908 * julianDay)) % 24;
        var hourAngle = ((gmstHours * 15) + longitudeDeg) * D - rightAscension;
        var lat = latitudeDeg * D;
        var sinElevation = (Math.Sin(lat) * Math.Sin(declination)) + (Math.Cos(lat) * Math.Cos(declination) * Math.Cos(hourAngle));
        var elevation = Math.Asin(Math.Clamp(sinElevation, -1, 1));
        var azimuth = Math.Atan2(-Math.Sin(hourAngle), (Math.Tan(declination) * Math.Cos(lat)) - (Math.Sin(lat) * Math.Cos(hourAngle)));
        var azDeg = azimuth / D;
        return new SunPosition((azDeg % 360 + 360) % 360, elevation / D);
    }
}
