using System.Globalization;
using NetTopologySuite.Geometries;

namespace ProjectMap.Web.Ogc;

/// <summary>The OGC API <c>bbox</c> query parameter: <c>minLon,minLat,maxLon,maxLat</c> in CRS84 degrees (six values with heights are accepted, heights ignored).</summary>
public static class BboxParameter
{
    /// <summary>Parses the parameter; returns false and a sentence for a malformed or inverted box.</summary>
    public static bool TryParse(string text, out Envelope envelope, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        envelope = new Envelope();
        var parts = text.Split(',');
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                problem = $"bbox value '{parts[i]}' is not a number";
                return false;
            }
        }

        double minX, minY, maxX, maxY;
        switch (values.Length)
        {
            case 4:
                (minX, minY, maxX, maxY) = (values[0], values[1], values[2], values[3]);
                break;
            case 6:
                (minX, minY, maxX, maxY) = (values[0], values[1], values[3], values[4]);
                break;
            default:
                problem = "bbox needs 4 numbers: minLon,minLat,maxLon,maxLat (CRS84 degrees)";
                return false;
        }

        if (minY > maxY || minX > maxX || minY < -90 || maxY > 90)
        {
            problem = "bbox must be minLon,minLat,maxLon,maxLat with min ≤ max and latitudes within ±90°";
            return false;
        }

        envelope = new Envelope(minX, maxX, minY, maxY);
        problem = string.Empty;
        return true;
    }
}
