using System.Globalization;
using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Layout;

/// <summary>
/// An alternating black-and-white scale bar of a round ground length (1, 2, 2.5 or 5 × 10ⁿ metres) that fits the width
/// given, in true ground metres: its length on the canvas is the ground length times the canvas units per ground metre.
/// </summary>
public static class ScaleBar
{
    /// <summary>
    /// Draws the bar with its zero at the left of <paramref name="rect"/>, using at most 85 % of its width; returns the
    /// ground length in metres, the bar's length in canvas units and its rectangle.
    /// </summary>
    public static (double GroundMetres, float LengthUnits, SKRect Bar) Draw(SKCanvas canvas, SKRect rect, double unitsPerGroundMetre, LayoutMetrics m)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(m);
        if (!(unitsPerGroundMetre > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(unitsPerGroundMetre), unitsPerGroundMetre, "must be positive");
        }

        var ground = NiceScale.LengthAtMost(rect.Width * 0.85 / unitsPerGroundMetre);
        var length = (float)(ground * unitsPerGroundMetre);
        // 1 → five 0.2 steps, 2 → four 0.5 steps, 2.5 → five 0.5 steps, 5 → five 1 steps (× 10ⁿ).
        var mantissa = ground / Math.Pow(10, Math.Floor(Math.Log10(ground) + 1e-9));
        var segments = Math.Abs(mantissa - 2) < 1e-9 ? 4 : 5;
        using var font = m.Text(6.5, SheetColors.Ink).CreateFont(m.UnitsPerMm);
        var barHeight = m.Scaled(1.5);
        var barTop = rect.Top + TextPainter.LineHeight(font) + m.Scaled(0.6);
        var bar = new SKRect(rect.Left, barTop, rect.Left + length, barTop + barHeight);
        using var black = new SKPaint { IsAntialias = true, Color = SheetColors.Ink };
        using var white = new SKPaint { IsAntialias = true, Color = SKColors.White };
        using var edge = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = SheetColors.Ink, StrokeWidth = m.Mm(0.15) };
        var step = length / segments;
        for (var i = 0; i < segments; i++)
        {
            var seg = new SKRect(bar.Left + (i * step), bar.Top, bar.Left + ((i + 1) * step), bar.Bottom);
            canvas.DrawRect(seg, i % 2 == 0 ? black : white);
        }

        canvas.DrawRect(bar, edge);
        var unitIsKm = ground >= 1000;
        string Label(int i) => ((unitIsKm ? ground / 1000 : ground) * i / segments).ToString("0.##", CultureInfo.InvariantCulture);
        var widest = Enumerable.Range(0, segments + 1).Max(i => font.MeasureText(Label(i)));
        var everyTick = widest < step * 0.8f;
        for (var i = 0; i <= segments; i++)
        {
            if (!everyTick && i % 2 == 1 && i != segments)
            {
                continue;
            }

            var text = Label(i);
            TextPainter.Draw(canvas, text, bar.Left + (i * step), bar.Top - m.Scaled(0.7), font, SheetColors.Ink, SKTextAlign.Center);
        }

        TextPainter.Draw(canvas, unitIsKm ? "km" : "m", bar.Right + m.Scaled(1.8), bar.Bottom, font, SheetColors.Ink);
        return (ground, length, bar);
    }

}
