namespace ProjectMap.Geodesy.Points;

/// <summary>
/// A point on a projected grid in metres, in the axis order of the Chinese Gauss-Kruger EPSG definitions:
/// northing (X in Chinese surveying) first, then easting (Y, including the 500 km false easting).
/// NetTopologySuite geometries on a grid use X = easting, Y = northing instead.
/// </summary>
/// <param name="NorthingM">Northing in metres from the equator (plus any false northing).</param>
/// <param name="EastingM">Easting in metres, including the false easting.</param>
public readonly record struct GridPoint(double NorthingM, double EastingM);
