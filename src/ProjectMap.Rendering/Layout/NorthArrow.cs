using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Layout;

/// <summary>A north arrow: a split kite (left half ink, right half white) with the north letter above, turned by an azimuth.</summary>
public static class NorthArrow
{
    /// <summary>
    /// Draws the arrow centred at <paramref name="centre"/>, <paramref name="height"/> canvas units tall, pointing
    /// <paramref name="azimuthDeg"/> degrees clockwise from the top of the page.
    /// </summary>
    public static void Draw(SKCanvas canvas, SKPoint centre, float height, double azimuthDeg, string letter, LayoutMetrics m)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(m);
        var half = height / 2;
        var width = height * 0.36f;
        canvas.Save();
        canvas.Translate(centre.X, centre.Y);
        canvas.RotateDegrees((float)azimuthDeg);
        using var left = new SKPathBuilder();
        left.AddPoly([new SKPoint(0, -half), new SKPoint(-width / 2, half), new SKPoint(0, half * 0.55f)], close: true);
        using var right = new SKPathBuilder();
        right.AddPoly([new SKPoint(0, -half), new SKPoint(width / 2, half), new SKPoint(0, half * 0.55f)], close: true);
        using var leftPath = left.Detach();
        using var rightPath = right.Detach();
        using var ink = new SKPaint { IsAntialias = true, Color = SheetColors.Ink };
        using var white = new SKPaint { IsAntialias = true, Color = SKColors.White };
        using var edge = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = SheetColors.Ink, StrokeWidth = m.Mm(0.2), StrokeJoin = SKStrokeJoin.Miter };
        canvas.DrawPath(rightPath, white);
        canvas.DrawPath(leftPath, ink);
        canvas.DrawPath(rightPath, edge);
        canvas.DrawPath(leftPath, edge);
        using var font = m.Text(9, SheetColors.Ink, bold: true).CreateFont(m.UnitsPerMm);
        canvas.Restore();
        var rad = azimuthDeg * Math.PI / 180;
        var tipDistance = half + m.Scaled(1.2);
        var lx = centre.X + (float)(Math.Sin(rad) * tipDistance);
        var ly = centre.Y - (float)(Math.Cos(rad) * tipDistance);
        TextPainter.Draw(canvas, letter, lx, ly, font, SheetColors.Ink, SKTextAlign.Center);
    }
}
