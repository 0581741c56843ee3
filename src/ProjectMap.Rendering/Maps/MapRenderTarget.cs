using SkiaSharp;

namespace ProjectMap.Rendering.Maps;

/// <summary>Where on a canvas a map sheet goes and what kind of canvas it is.</summary>
/// <param name="Bounds">The rectangle the whole sheet (frames, title, map, panel, footer) fills, in canvas units.</param>
/// <param name="UnitsPerMm">Canvas units per millimetre of paper (PNG: dpi / 25.4; PDF: 72 / 25.4; SVG: 96 / 25.4).</param>
/// <param name="IsVector">True for PDF and SVG canvases: raster layers are composed off-screen at <paramref name="RasterDpi"/> and placed as one image.</param>
/// <param name="RasterDpi">The density raster layers are composed at on vector canvases.</param>
/// <param name="Embedded">
/// True for a map placed inside another page (a report's cover): no sheet frames and no title band; the map, legend,
/// scale bar, north arrow and credit line fill <paramref name="Bounds"/>.
/// </param>
public sealed record MapRenderTarget(SKRect Bounds, float UnitsPerMm, bool IsVector = false, double RasterDpi = 150, bool Embedded = false);
