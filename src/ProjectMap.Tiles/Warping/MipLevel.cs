namespace ProjectMap.Tiles.Warping;

/// <summary>One level of a <see cref="MipPyramid"/>: RGBA bytes (4 per pixel, opaque or premultiplied), row by row from the top.</summary>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Rgba">The pixels, Width × Height × 4 bytes.</param>
public sealed record MipLevel(int Width, int Height, byte[] Rgba);
