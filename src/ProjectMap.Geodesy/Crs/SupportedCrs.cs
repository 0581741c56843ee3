using NetTopologySuite.Geometries;
using ProjectMap.Geodesy.Projections;

namespace ProjectMap.Geodesy.Crs;

/// <summary>
/// A coordinate reference system ProjectMap can read, able to bring geometries to CGCS2000 lon/lat degrees
/// (X = longitude, Y = latitude, SRID 4490). WGS84 and CGCS2000 are treated as identical (they differ by centimetres).
/// Geometries in projected systems are taken as X = easting, Y = northing, whatever the EPSG axis order.
/// </summary>
public sealed class SupportedCrs
{
    private SupportedCrs(int epsg, CrsKind kind, string name)
    {
        Epsg = epsg;
        Kind = kind;
        Name = name;
    }

    /// <summary>The EPSG code.</summary>
    public int Epsg { get; }

    /// <summary>The family of the system.</summary>
    public CrsKind Kind { get; }

    /// <summary>A human-readable name, for example "CGCS2000 / 3-degree Gauss-Kruger CM 120E".</summary>
    public string Name { get; }

    /// <summary>EPSG:4490, CGCS2000 geographic.</summary>
    public static SupportedCrs Cgcs2000 { get; } = new(4490, CrsKind.Geographic, "CGCS2000");

    /// <summary>EPSG:4326, WGS 84 geographic.</summary>
    public static SupportedCrs Wgs84 { get; } = new(4326, CrsKind.Geographic, "WGS 84");

    /// <summary>EPSG:3857, Web Mercator.</summary>
    public static SupportedCrs WebMercator { get; } = new(3857, CrsKind.WebMercator, "WGS 84 / Pseudo-Mercator");

    /// <summary>The system for an EPSG code; throws <see cref="UnsupportedCrsException"/> for codes ProjectMap does not read.</summary>
    public static SupportedCrs FromEpsg(int epsg)
    {
        return epsg switch
        {
            4490 => Cgcs2000,
            4326 => Wgs84,
            3857 or 900913 => WebMercator,
            _ when GaussKrugerZone.IsZoneEpsg(epsg) => new SupportedCrs(
                epsg, CrsKind.GaussKruger, $"CGCS2000 / 3-degree Gauss-Kruger {(epsg <= GaussKrugerZone.LastPrefixedEpsg ? "zone " + GaussKrugerZone.FromEpsg(epsg).ZoneNumber : "CM " + GaussKrugerZone.FromEpsg(epsg).CentralMeridianDeg + "E")}"),
            _ => throw new UnsupportedCrsException(
                $"EPSG:{epsg} is not supported; use EPSG:4326 (WGS 84), EPSG:4490 (CGCS2000), EPSG:4513–4554 (CGCS2000 3-degree Gauss-Kruger) or EPSG:3857"),
        };
    }

    /// <summary>Parses "EPSG:4549", "epsg:4549" or "4549".</summary>
    public static SupportedCrs Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase))
        {
            t = t[5..];
        }

        return int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
            ? FromEpsg(code)
            : throw new UnsupportedCrsException($"'{text}' is not a CRS; write it as EPSG:N, for example EPSG:4549");
    }

    /// <summary>Copies a geometry in this system to CGCS2000 lon/lat degrees (X = longitude, Y = latitude, SRID 4490).</summary>
    public Geometry ToLonLat(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return Kind switch
        {
            CrsKind.Geographic => WithSrid(geometry, 4490),
            CrsKind.GaussKruger => GaussKrugerZone.FromEpsg(Epsg).ToGeodetic(geometry),
            CrsKind.WebMercator => GeometryTransform.Apply(geometry, Projections.WebMercator.Inverse, 4490),
            _ => throw new InvalidOperationException($"unknown CRS kind {Kind}"),
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"EPSG:{Epsg} ({Name})";

    private static Geometry WithSrid(Geometry g, int srid)
    {
        var copy = g.Copy();
        copy.SRID = srid;
        return copy;
    }
}
