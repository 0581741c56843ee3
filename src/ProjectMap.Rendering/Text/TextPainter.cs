using SkiaSharp;

namespace ProjectMap.Rendering.Text;

/// <summary>
/// Draws text as real text (so PDF and SVG keep it searchable and extractable), optionally with a halo: the glyph
/// outlines stroked as a path underneath, so the words are written once in the file. Bold (a font with
/// <see cref="SKFont.Embolden"/>, as <see cref="TextStyle"/> makes it: the CJK face has no bold) is drawn as the regular
/// text plus its glyph outlines stroked in the same colour: Skia's PDF writer would otherwise turn every emboldened
/// glyph into a Type 3 font, where the regular face embeds as one subset CID TrueType font.
/// </summary>
public static class TextPainter
{
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

        using var regular = new SKFont(font.Typeface, font.Size, font.ScaleX, font.SkewX)
        {
            Subpixel = font.Subpixel,
            Edging = font.Edging,
            Hinting = font.Hinting,
            LinearMetrics = font.LinearMetrics,
        };
        canvas.DrawText(text, left, y, SKTextAlign.Left, regular, paint);
        using var glyphs = regular.GetTextPath(text, new SKPoint(left, y));
        using var weight = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = font.Size * BoldStrokeEm, StrokeJoin = SKStrokeJoin.Round, Color = color };
        canvas.DrawPath(glyphs, weight);
    }

    /// <summary>The stroke that makes bold, as a fraction of the font size (Skia's own fake bold is about 1/24 at 9 pt and above).</summary>
    public const float BoldStrokeEm = 1f / 28;

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
