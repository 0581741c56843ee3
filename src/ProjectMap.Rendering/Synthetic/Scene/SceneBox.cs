using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>
/// A solid oriented box standing on (or floating above) the ground: buildings, containers, columns, beams, crane
/// parts, vehicles. Footprint centre in grid metres; heights in metres above the ground plane.
/// </summary>
/// <param name="CentreE">Footprint centre easting in grid metres.</param>
/// <param name="CentreN">Footprint centre northing in grid metres.</param>
/// <param name="AngleRad">Direction of the box's first axis in radians, counter-clockwise from grid east.</param>
/// <param name="HalfLengthM">Half the extent along the first axis in metres.</param>
/// <param name="HalfWidthM">Half the extent along the second axis in metres.</param>
/// <param name="BottomM">Height of the bottom face above ground in metres.</param>
/// <param name="TopM">Height of the top face above ground in metres.</param>
/// <param name="RoofColour">Top face colour (sRGB) where the roof layer paints nothing.</param>
/// <param name="RoofFromLayer">True when the top face shows the roof layer (PV panels, skylights) where it has paint.</param>
/// <param name="Wall">Side faces.</param>
public sealed record SceneBox(
    double CentreE, double CentreN, double AngleRad, double HalfLengthM, double HalfWidthM, double BottomM, double TopM,
    SKColor RoofColour, bool RoofFromLayer, WallLook Wall);
