using SkiaSharp;

namespace ProjectMap.Rendering.Maps;

/// <summary>The scale bar as drawn: where its zero is, its length on the canvas and the true ground distance it stands for.</summary>
/// <param name="Start">The bar's zero end (left end of its bottom edge) on the canvas.</param>
/// <param name="LengthUnits">The bar's length in canvas units.</param>
/// <param name="GroundMetres">The true ground distance the bar stands for, metres.</param>
/// <param name="Bar">The rectangle of the alternating bar itself.</param>
public sealed record ScaleBarInfo(SKPoint Start, float LengthUnits, double GroundMetres, SKRect Bar);
