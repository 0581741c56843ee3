using ProjectMap.Imagery.Georeferencing;

namespace ProjectMap.Rendering.Synthetic.Photo;

/// <summary>A rendered synthetic photo before encoding: 8-bit RGB pixels (row-major, top row first) and how it was made.</summary>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Rgb">Pixels, three bytes each.</param>
/// <param name="Georeference">The exact camera geometry the photo was rendered with.</param>
/// <param name="Sun">The sun's position at capture.</param>
/// <param name="GroundLevels">The ground raster levels used, as (metres per pixel, width px, height px).</param>
public sealed record RenderedPhoto(int Width, int Height, byte[] Rgb, PhotoGeoreference Georeference, SunPosition Sun, IReadOnlyList<(double ResolutionM, int Width, int Height)> GroundLevels);
