using SkiaSharp;

namespace ProjectMap.Rendering.Text;

/// <summary>
/// Draws text as real text (so PDF and SVG keep it searchable and extractable), optionally with a halo: the glyph
/// outlines stroked as a path underneath, so the words are written once in the file.
/// </summary>
public static class TextPainter
{
    /// <summary>Horizontal distance between the two passes of bold text, as a share of the font size.</summary>
    public const float BoldOffset = 0.045f;

    /// <summary>
    /// Draws one line with its baseline at <paramref name="y"/>, starting at, centred on or ending at <paramref name="x"/>
    /// by <paramref name="align"/>; with a halo of <paramref name="haloWidth"/> canvas units in <paramref name="haloColor"/> when the width is above 0.
    /// </summary>
    public static void Draw(SKCanvas canvas, string text, float x, float y, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left, float haloWidth = 0, SKColor? haloColor = null)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(font);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var width = font.MeasureText(text);
        var left = align switch
        {
            SKTextAlign.Center => x - (width / 2),
            SKTextAlign.Right => x - width,
            _ => x,
        };
        if (haloWidth > 0)
        {
            using var outline = font.GetTextPath(text, new SKPoint(left, y));
            using var halo = new SKPaint
            {
                IsAntialias = true,
                Style = SKPaintStyle.Stroke,
                StrokeWidth = haloWidth * 2,
                StrokeJoin = SKStrokeJoin.Round,
                Color = haloColor ?? SKColors.White,
            };
            canvas.DrawPath(outline, halo);
        }

        using var paint = new SKPaint { IsAntialias = true, Color = color };
        if (!font.Embolden)
        {
            canvas.DrawText(text, left, y, SKTextAlign.Left, font, paint);
            return;
        }

        // Skia's PDF backend writes emboldened glyphs as Type 3 outlines; two passes of the regular face a hair apart
        // look bold and stay real text in the one embedded font (text extractors drop the overlapping duplicate).
        using var regular = new SKFont(font.Typeface, font.Size) { Subpixel = font.Subpixel, Edging = font.Edging, Hinting = font.Hinting, LinearMetrics = font.LinearMetrics };
        var offset = font.Size * BoldOffset;
        canvas.DrawText(text, left - (offset / 2), y, SKTextAlign.Left, regular, paint);
        canvas.DrawText(text, left + (offset / 2), y, SKTextAlign.Left, regular, paint);
    }

    /// <summary>The height of a line (ascent + descent + leading) in canvas units.</summary>
    public static float LineHeight(SKFont font, float spacing = 1.2f)
    {
        ArgumentNullException.ThrowIfNull(font);
        return font.Size * spacing;
    }

    /// <summary>The distance from the top of a line box to its baseline in canvas units (the font's cap-to-baseline, centred in the line).</summary>
    public static float BaselineOffset(SKFont font, float spacing = 1.2f)
    {
        ArgumentNullException.ThrowIfNull(font);
        var m = font.Metrics;
        var glyphHeight = m.Descent - m.Ascent;
        return ((font.Size * spacing) - glyphHeight) / 2 - m.Ascent;
    }
}
