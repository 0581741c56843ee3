using SkiaSharp;

namespace ProjectMap.Rendering.Text;

/// <summary>A text style: size in typographic points (1 pt = 25.4/72 mm), weight and colour; drawn with <see cref="CjkTypeface"/>.</summary>
/// <param name="SizePt">Font size in points.</param>
/// <param name="Color">Text colour.</param>
/// <param name="Bold">True for a bold face (the regular face emboldened: WenQuanYi Micro Hei has no bold).</param>
public sealed record TextStyle(double SizePt, SKColor Color, bool Bold = false)
{
    /// <summary>Millimetres per typographic point.</summary>
    public const double MmPerPoint = 25.4 / 72.0;

    /// <summary>The font size in millimetres.</summary>
    public double SizeMm => SizePt * MmPerPoint;

    /// <summary>A font for a canvas with <paramref name="unitsPerMm"/> canvas units per millimetre (the caller disposes it).</summary>
    public SKFont CreateFont(float unitsPerMm) => new(CjkTypeface.Regular, (float)(SizeMm * unitsPerMm))
    {
        Embolden = Bold,
        Subpixel = true,
        Edging = SKFontEdging.Antialias,
        Hinting = SKFontHinting.None,
        LinearMetrics = true,
    };

    /// <summary>The same style at another size.</summary>
    public TextStyle WithSize(double sizePt) => this with { SizePt = sizePt };
}
