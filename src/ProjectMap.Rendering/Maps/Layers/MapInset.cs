using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Layers;

/// <summary>A detail inset on a district map: a project's site at a large scale with its latest drone imagery.</summary>
/// <param name="ProjectNumber">The project's number on the map.</param>
/// <param name="Box">The inset's box on the canvas (caption and picture).</param>
/// <param name="ScaleDenominator">The inset's own scale, 1 : this in grid metres.</param>
/// <param name="Leader">The line from the project's symbol to the inset.</param>
public sealed record MapInset(int ProjectNumber, SKRect Box, double ScaleDenominator, (SKPoint From, SKPoint To) Leader);
