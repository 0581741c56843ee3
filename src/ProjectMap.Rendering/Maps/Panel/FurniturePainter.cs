using ProjectMap.Rendering.Layout;
using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Panel;

/// <summary>The panel's foot: north arrow, numeric scale, scale bar, and the lines on projection and north.</summary>
public static class FurniturePainter
{
    /// <summary>The block's height at A3, millimetres.</summary>
    public const double HeightMm = 40;

    /// <summary>
    /// Draws the block in <paramref name="rect"/>; returns the scale bar (null without a viewport). The numeric scale
    /// names the paper (A3 landscape…) when <paramref name="showPaper"/>; it is true of the drawing as placed either way.
    /// </summary>
    public static ScaleBarInfo? Draw(SKCanvas canvas, SKRect rect, MapViewport? viewport, MapRequest request, double gridIntervalM, LayoutMetrics m, bool showPaper = true)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(m);
        var words = new MapWords(request.English);
        using var rule = new SKPaint { IsAntialias = true, Color = SheetColors.Ink, StrokeWidth = m.Mm(0.25) };
        canvas.DrawLine(rect.Left, rect.Top, rect.Right, rect.Top, rule);
        if (viewport is null)
        {
            return null;
        }

        var arrowWidth = m.Scaled(16);
        var arrowHeight = m.Scaled(13);
        var top = rect.Top + m.Scaled(2.5);
        NorthArrow.Draw(canvas, new SKPoint(rect.Left + (arrowWidth / 2), top + m.Scaled(4.5) + (arrowHeight / 2)), arrowHeight, viewport.TrueNorthGridAzimuthDeg, words.North, m);

        var right = new SKRect(rect.Left + arrowWidth + m.Scaled(3), top, rect.Right, rect.Bottom);
        using var captionFont = m.Text(8, SheetColors.Ink, bold: true).CreateFont(m.UnitsPerMm);
        var y = top;
        if (!showPaper)
        {
            var caption = words.ScaleOnly(MapFormat.Scale(viewport.ScaleDenominator));
            TextPainter.Draw(canvas, TextWrap.FitOrTruncate(caption, captionFont, right.Width), right.Left, y + TextPainter.BaselineOffset(captionFont), captionFont, SheetColors.Ink);
            y += TextPainter.LineHeight(captionFont) + m.Scaled(0.5);
        }
        else if (request.Page.IsPaper)
        {
            var caption = words.ScaleCaption(MapFormat.Scale(viewport.ScaleDenominator), request.Page.Name + (request.Page.Orientation == PageOrientation.Landscape ? (request.English ? " landscape" : " 横向") : (request.English ? " portrait" : " 纵向")));
            TextPainter.Draw(canvas, TextWrap.FitOrTruncate(caption, captionFont, right.Width), right.Left, y + TextPainter.BaselineOffset(captionFont), captionFont, SheetColors.Ink);
            y += TextPainter.LineHeight(captionFont) + m.Scaled(0.5);
        }

        var (ground, length, bar) = ScaleBar.Draw(canvas, new SKRect(right.Left, y, right.Right - m.Scaled(6), y + m.Scaled(8)), viewport.UnitsPerGroundMetre, m);
        y = bar.Bottom + m.Scaled(1);
        using var noteFont = m.Text(6.3, SheetColors.MutedInk).CreateFont(m.UnitsPerMm);
        TextPainter.Draw(canvas, TextWrap.FitOrTruncate(words.ScaleBarNote, noteFont, right.Width), right.Left, y + TextPainter.BaselineOffset(noteFont, 1.3f), noteFont, SheetColors.MutedInk);

        var lines = new List<string>
        {
            words.Projection(viewport.Zone.ZoneNumber, viewport.Zone.CentralMeridianDeg, viewport.Zone.Epsg, MapFormat.Length(gridIntervalM, true)),
            words.NorthNote(viewport.TrueNorthGridAzimuthDeg),
        };
        var textTop = Math.Max(top + arrowHeight + m.Scaled(6), y + TextPainter.LineHeight(noteFont, 1.3f)) + m.Scaled(1.2);
        foreach (var text in lines)
        {
            foreach (var line in TextWrap.Wrap(text, noteFont, rect.Width, 3))
            {
                TextPainter.Draw(canvas, line, rect.Left, textTop + TextPainter.BaselineOffset(noteFont, 1.3f), noteFont, SheetColors.MutedInk);
                textTop += TextPainter.LineHeight(noteFont, 1.3f);
            }
        }

        return new ScaleBarInfo(new SKPoint(bar.Left, bar.Bottom), length, ground, bar);
    }
}
