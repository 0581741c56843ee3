using SkiaSharp;

namespace ProjectMap.Rendering.Layout;

/// <summary>The sheet's double frame: a thick outer line and a thin inner one.</summary>
public static class SheetFrame
{
    /// <summary>Draws both frame lines of <paramref name="layout"/>.</summary>
    public static void Draw(SKCanvas canvas, PageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(layout);
        var m = layout.Metrics;
        using var outer = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = SheetColors.Ink, StrokeWidth = m.Scaled(0.9) };
        using var inner = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = SheetColors.Ink, StrokeWidth = m.Scaled(0.2) };
        canvas.DrawRect(layout.Outer, outer);
        canvas.DrawRect(layout.Inner, inner);
    }
}
