using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Layout;

/// <summary>The title band: the title centred in bold, the subtitle centred beneath it (each shortened with "…" if it would not fit).</summary>
public static class TitleBlock
{
    /// <summary>Draws the band in <paramref name="rect"/>.</summary>
    public static void Draw(SKCanvas canvas, SKRect rect, string title, string subtitle, LayoutMetrics m)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(m);
        using var titleFont = m.Text(20, SheetColors.Ink, bold: true).CreateFont(m.UnitsPerMm);
        using var subFont = m.Text(9.5, SheetColors.MutedInk).CreateFont(m.UnitsPerMm);
        var titleLine = TextPainter.LineHeight(titleFont, 1.15f);
        var subLine = TextPainter.LineHeight(subFont, 1.3f);
        var top = rect.Top + ((rect.Height - titleLine - subLine) / 2);
        TextPainter.Draw(canvas, TextWrap.FitOrTruncate(title, titleFont, rect.Width), rect.MidX, top + TextPainter.BaselineOffset(titleFont, 1.15f), titleFont, SheetColors.Ink, SKTextAlign.Center);
        TextPainter.Draw(canvas, TextWrap.FitOrTruncate(subtitle, subFont, rect.Width), rect.MidX, top + titleLine + TextPainter.BaselineOffset(subFont, 1.3f), subFont, SheetColors.MutedInk, SKTextAlign.Center);
    }
}
