using System.Globalization;
using System.Text.RegularExpressions;

namespace ProjectMap.Geodesy.Crs;

/// <summary>
/// Identifies the system an ESRI .prj (OGC WKT 1) describes: by its EPSG authority code when present, otherwise by
/// its ellipsoid and projection parameters (WGS84/CGCS2000 geographic, CGCS2000 3-degree Gauss-Kruger, Web Mercator).
/// Beijing 1954 and Xian 1980 are refused because they need a datum transformation ProjectMap does not make.
/// </summary>
public static partial class PrjReader
{
    /// <summary>Identifies the system of a WKT text; throws <see cref="UnsupportedCrsException"/> naming it when unsupported.</summary>
    public static SupportedCrs Identify(string wkt)
    {
        ArgumentNullException.ThrowIfNull(wkt);
        var text = wkt.Trim();
        var name = FirstName().Match(text) is { Success: true } m ? m.Groups[1].Value : "(unnamed)";

        if (text.Contains("Beijing", StringComparison.OrdinalIgnoreCase) || text.Contains("Xian", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("Xi'an", StringComparison.OrdinalIgnoreCase) || text.Contains("Krasovsky", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("Krassowsky", StringComparison.OrdinalIgnoreCase) || text.Contains("IAG_1975", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("IAG 1975", StringComparison.OrdinalIgnoreCase))
        {
            throw new UnsupportedCrsException(
                $"'{name}' is on the Beijing 1954 or Xian 1980 datum, which needs a datum transformation ProjectMap does not make; reproject to CGCS2000 first");
        }

        // The last AUTHORITY in WKT 1 belongs to the outermost object.
        var authorities = Authority().Matches(text);
        if (authorities.Count > 0)
        {
            var code = int.Parse(authorities[^1].Groups[1].Value, CultureInfo.InvariantCulture);
            try
            {
                return SupportedCrs.FromEpsg(code);
            }
            catch (UnsupportedCrsException)
            {
                // Fall through to parameters: some writers tag with a code of their own.
            }
        }

        var isProjected = text.StartsWith("PROJCS", StringComparison.OrdinalIgnoreCase);
        var cgcsOrWgs = text.Contains("6378137", StringComparison.Ordinal) &&
                        (text.Contains("298.257222101", StringComparison.Ordinal) || text.Contains("298.257223563", StringComparison.Ordinal));
        if (!cgcsOrWgs)
        {
            throw new UnsupportedCrsException($"'{name}' is not on the WGS84 or CGCS2000 ellipsoid; reproject to EPSG:4490 or pass --crs");
        }

        if (!isProjected)
        {
            return SupportedCrs.Cgcs2000;
        }

        if (text.Contains("Mercator_Auxiliary_Sphere", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("Pseudo-Mercator", StringComparison.OrdinalIgnoreCase) || text.Contains("Popular_Visualisation", StringComparison.OrdinalIgnoreCase))
        {
            return SupportedCrs.WebMercator;
        }

        if (text.Contains("Transverse_Mercator", StringComparison.OrdinalIgnoreCase) || text.Contains("Gauss_Kruger", StringComparison.OrdinalIgnoreCase))
        {
            var cm = Parameter(text, "central_meridian");
            var fe = Parameter(text, "false_easting");
            var k = Parameter(text, "scale_factor") ?? 1.0;
            var lat0 = Parameter(text, "latitude_of_origin") ?? 0.0;
            if (cm is { } c && fe is { } e && Math.Abs(k - 1) < 1e-12 && lat0 == 0 && Math.Abs(c % 3) < 1e-9 && c is >= 75 and <= 135)
            {
                var zone = (int)Math.Round(c / 3);
                if (Math.Abs(e - 500000) < 1e-6)
                {
                    return SupportedCrs.FromEpsg(4534 + ((int)c - 75) / 3);
                }

                if (Math.Abs(e - ((zone * 1_000_000) + 500000)) < 1e-6)
                {
                    return SupportedCrs.FromEpsg(4513 + ((int)c - 75) / 3);
                }
            }

            throw new UnsupportedCrsException(
                $"'{name}' is a transverse Mercator that is not a CGCS2000 3-degree Gauss-Kruger zone (central meridian {cm?.ToString(CultureInfo.InvariantCulture) ?? "?"}, false easting {fe?.ToString(CultureInfo.InvariantCulture) ?? "?"}); pass --crs");
        }

        throw new UnsupportedCrsException($"'{name}' is a projection ProjectMap does not read; reproject to EPSG:4490 or pass --crs");
    }

    private static double? Parameter(string wkt, string parameter)
    {
        var m = Regex.Match(wkt, "PARAMETER\\[\"" + Regex.Escape(parameter) + "\",\\s*([-+0-9.eE]+)\\]", RegexOptions.IgnoreCase);
        return m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex("^[A-Z]+CS\\[\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FirstName();

    [GeneratedRegex("AUTHORITY\\[\"EPSG\",\\s*\"?(\\d+)\"?\\]", RegexOptions.IgnoreCase)]
    private static partial Regex Authority();
}
