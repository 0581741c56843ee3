using NetTopologySuite.Geometries;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>Something painted flat on the ground or on the roof layer, in Gauss-Kruger grid metres (X = easting, Y = northing).</summary>
/// <param name="Surface">The layer it is painted on.</param>
/// <param name="Layer">Paint order: lower layers first; items of one layer keep their insertion order.</param>
/// <param name="Clip">A ring (grid metres) the item is clipped to, or null.</param>
public abstract record SceneItem(Surface Surface, int Layer, Coordinate[]? Clip);
