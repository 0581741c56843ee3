using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Layout;

/// <summary>
/// The footer: the credit line at the left (shortened with "…" only if the page is too narrow) and, at the right, the
/// map review number (审图号) — or, until one is issued, a labelled blank slot to write or stamp it in.
/// </summary>
public static class FooterBlock
{
    /// <summary>Width of the blank 审图号 slot at A3, millimetres.</summary>
    public const double SlotWidthMm = 36;

    /// <summary>Draws the footer in <paramref name="rect"/>; returns the slot's rectangle (empty when a number is printed).</summary>
    public static SKRect Draw(SKCanvas canvas, SKRect rect, string credit, string reviewLabel, string? reviewNumber, LayoutMetrics m)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(m);
        using var font = m.Text(7, SheetColors.MutedInk).CreateFont(m.UnitsPerMm);
        using var labelFont = m.Text(7.5, SheetColors.Ink).CreateFont(m.UnitsPerMm);
        var baseline = rect.MidY - ((font.Metrics.Ascent + font.Metrics.Descent) / 2);
        var slot = SKRect.Empty;
        float rightBlock;
        if (string.IsNullOrWhiteSpace(reviewNumber))
        {
            var slotWidth = m.Scaled(SlotWidthMm);
            var slotHeight = Math.Min(rect.Height * 0.9f, m.Scaled(5.5));
            slot = new SKRect(rect.Right - slotWidth, rect.MidY - (slotHeight / 2), rect.Right, rect.MidY + (slotHeight / 2));
            using var box = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = SheetColors.Rule, StrokeWidth = m.Mm(0.2), PathEffect = SKPathEffect.CreateDash([m.Mm(0.8), m.Mm(0.6)], 0) };
            canvas.DrawRect(slot, box);
            TextPainter.Draw(canvas, reviewLabel, slot.Left - m.Scaled(1.2), baseline, labelFont, SheetColors.Ink, SKTextAlign.Right);
            rightBlock = slot.Width + labelFont.MeasureText(reviewLabel) + m.Scaled(1.2);
        }
        else
        {
            var text = reviewLabel + reviewNumber;
            TextPainter.Draw(canvas, text, rect.Right, baseline, labelFont, SheetColors.Ink, SKTextAlign.Right);
            rightBlock = labelFont.MeasureText(text);
        }

        var available = rect.Width - rightBlock - m.Scaled(6);
        TextPainter.Draw(canvas, TextWrap.FitOrTruncate(credit, font, available), rect.Left, baseline, font, SheetColors.MutedInk);
        return slot;
    }
}
