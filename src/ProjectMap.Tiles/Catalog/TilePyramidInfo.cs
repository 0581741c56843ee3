namespace ProjectMap.Tiles.Catalog;

/// <summary>One pyramid under a tiles root, as the web viewer lists it.</summary>
/// <param name="Project">Project code.</param>
/// <param name="Month">Month "yyyy-MM".</param>
/// <param name="Grid">"webmercator" (EPSG:3857) or "cgcs2000" (EPSG:4490, Tianditu <c>_c</c>).</param>
/// <param name="Format">"png" or "webp".</param>
/// <param name="MinZoom">Lowest zoom level.</param>
/// <param name="MaxZoom">Highest zoom level.</param>
/// <param name="West">Western bound, degrees longitude.</param>
/// <param name="South">Southern bound, degrees latitude.</param>
/// <param name="East">Eastern bound, degrees longitude.</param>
/// <param name="North">Northern bound, degrees latitude.</param>
/// <param name="Photos">Photos in the mosaic.</param>
/// <param name="Storage">"folder" or "mbtiles".</param>
/// <param name="BuiltAt">When it was last built (UTC).</param>
public sealed record TilePyramidInfo(
    string Project, string Month, string Grid, string Format, int MinZoom, int MaxZoom, double West, double South, double East, double North, int Photos, string Storage, DateTimeOffset BuiltAt);
