using NetTopologySuite.Algorithm.Distance;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace ProjectMap.Testing;

/// <summary>Geometry assertions written as WKT in, WKT out.</summary>
public static class GeometryAssert
{
    private static readonly WKTReader Reader = new();

    /// <summary>Parses WKT.</summary>
    public static Geometry Wkt(string wkt) => Reader.Read(wkt);

    /// <summary>
    /// Asserts that <paramref name="actual"/> has the type and vertex count of <paramref name="expectedWkt"/> and lies within
    /// <paramref name="tolerance"/> of it everywhere (discrete Hausdorff distance, densified), whatever the ring start or orientation.
    /// </summary>
    public static void EqualWithin(string expectedWkt, Geometry actual, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var expected = Reader.Read(expectedWkt);
        var message = $"expected {expected.AsText()}\n  actual {actual.AsText()}";
        Assert.True(expected.GeometryType == actual.GeometryType, message);
        Assert.True(expected.NumPoints == actual.NumPoints, message);
        var distance = DiscreteHausdorffDistance.Distance(expected, actual, 0.25);
        Assert.True(distance <= tolerance, $"Hausdorff distance {distance} > {tolerance}\n{message}");
    }
}
