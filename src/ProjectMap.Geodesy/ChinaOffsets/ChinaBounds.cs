namespace ProjectMap.Geodesy.ChinaOffsets;

/// <summary>
/// The rectangle inside which GCJ-02 applies its offset: longitude 73.66°E–135.05°E, latitude 3.86°N–53.55°N
/// (the box of wandergis/coordtransform). Outside it the GCJ-02 and BD-09 conversions return WGS84 unchanged
/// apart from BD-09's own rotation. Libraries disagree on the box; eviltransform uses 72.004–137.8347°E, 0.8293–55.8271°N.
/// </summary>
public static class ChinaBounds
{
    /// <summary>Western edge, degrees east.</summary>
    public const double MinLongitudeDeg = 73.66;

    /// <summary>Eastern edge, degrees east.</summary>
    public const double MaxLongitudeDeg = 135.05;

    /// <summary>Southern edge, degrees north.</summary>
    public const double MinLatitudeDeg = 3.86;

    /// <summary>Northern edge, degrees north.</summary>
    public const double MaxLatitudeDeg = 53.55;

    /// <summary>True when a point in degrees lies inside the box (edges included).</summary>
    public static bool Contains(double longitudeDeg, double latitudeDeg) =>
        longitudeDeg is >= MinLongitudeDeg and <= MaxLongitudeDeg && latitudeDeg is >= MinLatitudeDeg and <= MaxLatitudeDeg;
}
