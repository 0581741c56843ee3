using NetTopologySuite.Geometries;

namespace ProjectMap.Imagery.Georeferencing;

/// <summary>The ground a photo shows on the flat-ground model.</summary>
/// <param name="LonLat">The footprint polygon in CGCS2000/WGS84 degrees, X = longitude, Y = latitude, SRID 4490, counter-clockwise.</param>
/// <param name="Local">The same polygon in the local frame: X = east, Y = north, true metres from the ground point under the camera.</param>
/// <param name="HorizonClamped">True when some edge rays met the ground beyond the maximum distance (or never did) and were clamped there.</param>
/// <param name="MaxGroundDistanceM">The clamp distance in metres, measured horizontally from the point under the camera.</param>
public sealed record GroundFootprint(Polygon LonLat, Polygon Local, bool HorizonClamped, double MaxGroundDistanceM)
{
    /// <summary>Footprint area in square metres on the ground.</summary>
    public double AreaM2 => Local.Area;
}
