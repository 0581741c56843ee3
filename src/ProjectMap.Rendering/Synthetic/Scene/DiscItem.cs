using NetTopologySuite.Geometries;
using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>A filled disc in grid metres: markers, manholes, tanks seen from above, soil heaps.</summary>
/// <param name="Surface">The layer it is painted on.</param>
/// <param name="Layer">Paint order.</param>
/// <param name="Clip">A clip ring or null.</param>
/// <param name="Centre">Centre in grid metres.</param>
/// <param name="RadiusM">Radius in metres.</param>
/// <param name="Fill">Fill colour (sRGB).</param>
/// <param name="SoftnessM">Blur of the edge (Gaussian sigma) in metres; 0 for a crisp edge.</param>
public sealed record DiscItem(Surface Surface, int Layer, Coordinate[]? Clip, Coordinate Centre, double RadiusM, SKColor Fill, double SoftnessM = 0)
    : SceneItem(Surface, Layer, Clip);
