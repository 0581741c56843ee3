using NetTopologySuite.Geometries;
using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>A stroked polyline in grid metres: lane markings, kerbs, ditches, fences, rebar.</summary>
/// <param name="Surface">The layer it is painted on.</param>
/// <param name="Layer">Paint order.</param>
/// <param name="Clip">A clip ring or null.</param>
/// <param name="Points">The vertices in grid metres.</param>
/// <param name="WidthM">Stroke width in metres.</param>
/// <param name="Colour">Stroke colour (sRGB).</param>
/// <param name="DashM">Dash pattern in metres (on, off, …), or null for a solid line.</param>
public sealed record LineItem(Surface Surface, int Layer, Coordinate[]? Clip, Coordinate[] Points, double WidthM, SKColor Colour, double[]? DashM)
    : SceneItem(Surface, Layer, Clip);
