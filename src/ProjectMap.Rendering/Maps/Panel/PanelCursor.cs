using ProjectMap.Rendering.Layout;
using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Panel;

/// <summary>A column of the panel being filled from the top: its left edge, width and the next free line.</summary>
public sealed class PanelCursor(SKRect column, LayoutMetrics metrics)
{
    /// <summary>The column.</summary>
    public SKRect Column { get; } = column;

    /// <summary>Sizes on the page.</summary>
    public LayoutMetrics Metrics { get; } = metrics;

    /// <summary>The next free y in canvas units.</summary>
    public float Y { get; set; } = column.Top;

    /// <summary>Space left above <paramref name="bottom"/>.</summary>
    public float Left(float bottom) => bottom - Y;

    /// <summary>Draws a section heading with a rule under it and moves down.</summary>
    public void Heading(string text)
    {
        var m = Metrics;
        using var font = m.Text(9.5, SheetColors.Ink, bold: true).CreateFont(m.UnitsPerMm);
        TextPainter.Draw(Canvas, text, Column.Left, Y + TextPainter.BaselineOffset(font), font, SheetColors.Ink);
        Y += TextPainter.LineHeight(font);
        using var rule = new SKPaint { IsAntialias = true, Color = SheetColors.Ink, StrokeWidth = m.Mm(0.25) };
        Canvas.DrawLine(Column.Left, Y, Column.Right, Y, rule);
        Y += m.Scaled(1.6);
    }

    /// <summary>Draws wrapped text (at most <paramref name="maxLines"/> lines) and moves down.</summary>
    public void Paragraph(string text, TextStyle style, int maxLines = 4, float indent = 0)
    {
        ArgumentNullException.ThrowIfNull(style);
        using var font = style.CreateFont(Metrics.UnitsPerMm);
        foreach (var line in TextWrap.Wrap(text, font, Column.Width - indent, maxLines))
        {
            TextPainter.Draw(Canvas, line, Column.Left + indent, Y + TextPainter.BaselineOffset(font, 1.3f), font, style.Color);
            Y += TextPainter.LineHeight(font, 1.3f);
        }
    }

    /// <summary>Adds vertical space in millimetres at A3.</summary>
    public void Space(double mm) => Y += Metrics.Scaled(mm);

    /// <summary>The canvas being drawn on.</summary>
    public required SKCanvas Canvas { get; init; }
}
