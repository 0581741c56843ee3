namespace ProjectMap.Tiles.Warping;

/// <summary>What one photo shows at one output pixel, from geometry alone (no image pixels needed).</summary>
/// <param name="Column">Photo column (stored image pixels, 0 = left edge).</param>
/// <param name="Row">Photo row (0 = top edge).</param>
/// <param name="Scale">Photo pixels per output pixel (the longer axis of the output pixel's footprint in the photo).</param>
/// <param name="Alpha">Coverage 0–1: 0 outside the image, the horizon cut or the distance limit, anti-aliased over one output pixel.</param>
/// <param name="Edge">0 at the image border rising smoothly to 1 at the feather distance inside it.</param>
/// <param name="CostM">Ground-resolution cost (h² + r²)/h in metres: h the camera height, r the ground point's distance from the nadir point.</param>
public readonly record struct PixelSample(double Column, double Row, double Scale, double Alpha, double Edge, double CostM);
