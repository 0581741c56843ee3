using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>Report-page shorthands over <see cref="TextPainter"/> and <see cref="TextWrap"/>: one line, a fitted line, a wrapped paragraph.</summary>
public static class TextDraw
{
    /// <summary>The advance width of <paramref name="text"/> in points.</summary>
    public static float Width(SKFont font, string text)
    {
        ArgumentNullException.ThrowIfNull(font);
        return string.IsNullOrEmpty(text) ? 0 : font.MeasureText(text);
    }

    /// <summary>Draws one line with its baseline at <paramref name="y"/>; <paramref name="align"/> is relative to <paramref name="x"/>.</summary>
    public static void Line(SKCanvas canvas, string text, float x, float y, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left) =>
        TextPainter.Draw(canvas, text, x, y, font, color, align);

    /// <summary>Draws one line shortened with … to fit <paramref name="maxWidth"/>.</summary>
    public static void Fitted(SKCanvas canvas, string text, float x, float y, float maxWidth, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left) =>
        Line(canvas, Ellipsis(font, text, maxWidth), x, y, font, color, align);

    /// <summary>The text shortened with … so that it fits <paramref name="maxWidth"/> points.</summary>
    public static string Ellipsis(SKFont font, string text, float maxWidth) => TextWrap.FitOrTruncate(text ?? string.Empty, font, maxWidth);

    /// <summary>Breaks text into lines no wider than <paramref name="maxWidth"/> points (none for empty text).</summary>
    public static IReadOnlyList<string> Wrap(SKFont font, string? text, float maxWidth) =>
        string.IsNullOrEmpty(text) ? [] : TextWrap.Wrap(text, font, maxWidth, int.MaxValue);

    /// <summary>Draws wrapped text from the top-left corner; returns the height used in points.</summary>
    public static float Paragraph(SKCanvas canvas, string text, float x, float top, float width, SKFont font, SKColor color, float lineHeight)
    {
        var lines = Wrap(font, text, width);
        var baseline = top + (lineHeight * 0.78f);
        foreach (var l in lines)
        {
            Line(canvas, l, x, baseline, font, color);
            baseline += lineHeight;
        }

        return lines.Count * lineHeight;
    }
}
