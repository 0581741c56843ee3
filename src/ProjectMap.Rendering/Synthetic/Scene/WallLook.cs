using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>The look of a box's side faces.</summary>
/// <param name="Kind">Facade kind.</param>
/// <param name="Colour">Main wall colour (sRGB).</param>
/// <param name="StoreyHeightM">Storey height in metres (window rows).</param>
/// <param name="AccentColour">Window glass or rib colour (sRGB).</param>
public sealed record WallLook(WallKind Kind, SKColor Colour, double StoreyHeightM, SKColor AccentColour);
