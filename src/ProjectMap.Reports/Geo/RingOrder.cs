using NetTopologySuite.Geometries;

namespace ProjectMap.Reports.Geo;

/// <summary>
/// Polygon rings in the orientation RFC 7946 asks for (§3.1.6): exterior rings counter-clockwise, holes clockwise,
/// as lon/lat positions. KML uses the same order.
/// </summary>
public static class RingOrder
{
    /// <summary>The polygons of a geometry (a polygon, a multi-polygon, or none for anything else or empty).</summary>
    public static IEnumerable<Polygon> Polygons(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is Polygon { IsEmpty: false } p)
            {
                yield return p;
            }
        }
    }

    /// <summary>The exterior ring counter-clockwise, then each hole clockwise.</summary>
    public static IEnumerable<Coordinate[]> Rings(Polygon polygon)
    {
        ArgumentNullException.ThrowIfNull(polygon);
        yield return Oriented(polygon.Shell, counterClockwise: true);
        foreach (var hole in polygon.Holes)
        {
            yield return Oriented(hole, counterClockwise: false);
        }
    }

    private static Coordinate[] Oriented(LinearRing ring, bool counterClockwise)
    {
        var coordinates = ring.Coordinates;
        return ring.IsCCW == counterClockwise ? coordinates : coordinates.Reverse().ToArray();
    }
}
