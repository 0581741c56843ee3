using NetTopologySuite.Geometries;
using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>A filled polygon (shell and optional holes, grid metres) with an optional stripe pattern over it.</summary>
/// <param name="Surface">The layer it is painted on.</param>
/// <param name="Layer">Paint order.</param>
/// <param name="Clip">A clip ring or null.</param>
/// <param name="Shell">The outer ring in grid metres (closing point optional).</param>
/// <param name="Holes">Inner rings in grid metres.</param>
/// <param name="Fill">Fill colour (sRGB; alpha below 255 blends over what is below).</param>
/// <param name="Stripes">Stripes painted inside the polygon, or null.</param>
public sealed record AreaItem(Surface Surface, int Layer, Coordinate[]? Clip, Coordinate[] Shell, IReadOnlyList<Coordinate[]> Holes, SKColor Fill, StripePattern? Stripes)
    : SceneItem(Surface, Layer, Clip);
