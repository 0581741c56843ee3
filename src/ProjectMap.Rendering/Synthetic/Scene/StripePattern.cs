using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>Parallel stripes painted over an area: crop rows, greenhouse tunnels, roof ribs, PV panel rows.</summary>
/// <param name="AngleRad">Direction of the stripes in radians, counter-clockwise from grid east.</param>
/// <param name="PeriodM">Distance between stripe centres in metres.</param>
/// <param name="WidthM">Width of each stripe in metres.</param>
/// <param name="Colour">Stripe colour (sRGB).</param>
public sealed record StripePattern(double AngleRad, double PeriodM, double WidthM, SKColor Colour);
