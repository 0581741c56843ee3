using NetTopologySuite.Geometries;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>Point-in-polygon for the plain coordinate rings the scene works with (grid metres).</summary>
public static class Rings
{
    /// <summary>True when (x, y) lies inside the ring (even-odd rule; the ring need not repeat its first point).</summary>
    public static bool Contains(Coordinate[] ring, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var inside = false;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            if (((ring[i].Y > y) != (ring[j].Y > y)) && (x < ((ring[j].X - ring[i].X) * (y - ring[i].Y) / (ring[j].Y - ring[i].Y)) + ring[i].X))
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
