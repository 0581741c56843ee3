namespace ProjectMap.Rendering.Output;

/// <summary>The file formats a map is written in.</summary>
public enum MapFileFormat
{
    /// <summary>PNG raster with its pixel density (pHYs) recorded.</summary>
    Png,

    /// <summary>PDF: vector drawing, fonts embedded, text extractable; raster layers at the page's dpi.</summary>
    Pdf,

    /// <summary>SVG: vector drawing with text as text; raster layers embedded as one image.</summary>
    Svg,
}
