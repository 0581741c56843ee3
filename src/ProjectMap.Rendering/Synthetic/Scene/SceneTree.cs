using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>A tree as an ellipsoid crown on an invisible trunk (grid metres, heights above ground in metres).</summary>
/// <param name="CentreE">Crown centre easting in grid metres.</param>
/// <param name="CentreN">Crown centre northing in grid metres.</param>
/// <param name="CrownCentreM">Height of the crown's centre above ground in metres.</param>
/// <param name="RadiusM">Horizontal crown radius in metres.</param>
/// <param name="HalfHeightM">Vertical crown half-height in metres.</param>
/// <param name="Colour">Foliage colour (sRGB).</param>
public sealed record SceneTree(double CentreE, double CentreN, double CrownCentreM, double RadiusM, double HalfHeightM, SKColor Colour);
