using System.Globalization;
using ProjectMap.Reports.Model;
using ProjectMap.Reports.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>
/// The investment S-curve of a project: planned against actual cumulative investment month by month (万元, or 亿元 when
/// amounts reach 1 亿), the monthly returns as light bars, the planned total as a dotted line and the report month marked.
/// </summary>
public static class InvestmentChart
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    /// <summary>Draws the chart of <paramref name="curve"/> into <paramref name="rect"/> (title and legend included).</summary>
    public static void Draw(SKCanvas canvas, ReportFonts fonts, SKRect rect, InvestmentCurve curve, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(text);
        using var small = fonts.Font(6.5f);
        using var label = fonts.Font(7.5f);
        using var titleFont = fonts.Font(9, bold: true);
        var points = curve.Points;
        var max = points.Select(p => Math.Max(p.PlanCumulativeWan ?? 0, p.ActualCumulativeWan ?? 0)).DefaultIfEmpty(0).Max();
        var showTotal = curve.TotalWan > 0 && curve.TotalWan <= max * 1.35m;
        if (showTotal)
        {
            max = Math.Max(max, curve.TotalWan);
        }

        var yi = max >= 10_000m;
        var unit = yi ? text.Pick("亿元", "亿元 = 100 million yuan") : text.Pick("万元", "万元 = 10,000 yuan");
        TextDraw.Line(canvas, text.Pick($"投资完成曲线（累计，{unit}）", $"Cumulative investment, plan and actual ({unit})"), rect.Left, rect.Top + 9, titleFont, ReportPalette.Ink);

        // Legend.
        var ly = rect.Top + 21;
        var lx = rect.Left;
        lx = LegendLine(canvas, label, lx, ly, ReportPalette.Plan, dashed: true, text.Pick("计划", "Plan"));
        lx = LegendLine(canvas, label, lx, ly, ReportPalette.Actual, dashed: false, text.Pick("实际", "Actual"));
        lx = LegendBar(canvas, label, lx, ly, text.Pick("月度完成", "Monthly return"));
        if (curve.TotalWan > 0)
        {
            var totalText = text.Pick("总投资 ", "Total ") + (yi ? ReportText.Yi(curve.TotalWan) + " 亿元" : ReportText.Wan(curve.TotalWan) + " 万元");
            if (showTotal)
            {
                LegendLine(canvas, label, lx, ly, ReportPalette.Red, dashed: true, totalText);
            }
            else
            {
                TextDraw.Line(canvas, totalText, lx, ly + 3, label, ReportPalette.Muted);
            }
        }

        var plot = new SKRect(rect.Left + 34, rect.Top + 32, rect.Right - 6, rect.Bottom - 16);
        using var axis = new SKPaint { Color = ReportPalette.Rule, StrokeWidth = 0.6f, IsStroke = true, IsAntialias = true };
        if (points.Count == 0 || max <= 0)
        {
            canvas.DrawRect(plot, axis);
            TextDraw.Line(canvas, text.Pick("台账中尚无投资计划或填报", "No annual plan or return in the ledger yet"), plot.MidX, plot.MidY, label, ReportPalette.Muted, SKTextAlign.Center);
            return;
        }

        var step = NiceStep((double)max / 4);
        var top = Math.Ceiling((double)max / step) * step;
        float X(int i) => plot.Left + ((plot.Width * (i + 0.5f)) / points.Count);
        float Y(decimal v) => plot.Bottom - (float)((double)v / top * plot.Height);
        using var grid = new SKPaint { Color = new SKColor(0xE4, 0xE7, 0xEB), StrokeWidth = 0.5f, IsStroke = true };
        for (var v = 0.0; v <= top + (step / 2); v += step)
        {
            var y = Y((decimal)v);
            canvas.DrawLine(plot.Left, y, plot.Right, y, grid);
            var labelValue = yi ? (v / 10_000).ToString(step >= 10_000 ? "0" : "0.0", Ic) : v.ToString("#,0", Ic);
            TextDraw.Line(canvas, labelValue, plot.Left - 3, y + 2.2f, small, ReportPalette.Muted, SKTextAlign.Right);
        }

        // Monthly returns as bars on the same axis.
        using var bar = new SKPaint { Color = new SKColor(0x9D, 0xB9, 0xE0), IsAntialias = true };
        var barWidth = Math.Max(1.5f, (plot.Width / points.Count) * 0.55f);
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].MonthActualWan is { } m && m > 0)
            {
                canvas.DrawRect(X(i) - (barWidth / 2), Y(m), barWidth, plot.Bottom - Y(m), bar);
            }
        }

        // The report month.
        var reportIndex = points.ToList().FindIndex(p => p.Month == curve.ReportMonth);
        if (reportIndex >= 0)
        {
            using var dash = SKPathEffect.CreateDash([2f, 2f], 0);
            using var marker = new SKPaint { Color = ReportPalette.Muted, StrokeWidth = 0.6f, IsStroke = true, PathEffect = dash };
            canvas.DrawLine(X(reportIndex), plot.Top, X(reportIndex), plot.Bottom, marker);
            TextDraw.Line(canvas, text.Pick("本月", "This month"), X(reportIndex), plot.Top - 2, small, ReportPalette.Muted, SKTextAlign.Center);
        }

        if (showTotal)
        {
            using var dash = SKPathEffect.CreateDash([1.5f, 2f], 0);
            using var total = new SKPaint { Color = ReportPalette.Red, StrokeWidth = 0.8f, IsStroke = true, PathEffect = dash };
            canvas.DrawLine(plot.Left, Y(curve.TotalWan), plot.Right, Y(curve.TotalWan), total);
        }

        Series(canvas, points.Select((p, i) => (i, p.PlanCumulativeWan)).ToList(), X, Y, ReportPalette.Plan, dashed: true, dots: false);
        Series(canvas, points.Select((p, i) => (i, p.ActualCumulativeWan)).ToList(), X, Y, ReportPalette.Actual, dashed: false, dots: true);
        if (reportIndex >= 0 && points[reportIndex].ActualCumulativeWan is { } actual)
        {
            var value = yi ? ReportText.Yi(actual) : ReportText.Wan(actual);
            TextDraw.Line(canvas, value, X(reportIndex) - 3, Y(actual) - 4, label, ReportPalette.Actual, SKTextAlign.Right);
        }

        canvas.DrawLine(plot.Left, plot.Bottom, plot.Right, plot.Bottom, axis);
        canvas.DrawLine(plot.Left, plot.Top, plot.Left, plot.Bottom, axis);
        var every = Math.Max(1, (int)Math.Ceiling(points.Count / 8.0));
        for (var i = 0; i < points.Count; i++)
        {
            var m = points[i].Month;
            if (i % every == 0 || (i == points.Count - 1 && i % every >= (every + 1) / 2))
            {
                canvas.DrawLine(X(i), plot.Bottom, X(i), plot.Bottom + 2, axis);
                TextDraw.Line(canvas, string.Create(Ic, $"{m.Year % 100:D2}.{m.Month:D2}"), X(i), plot.Bottom + 9, small, ReportPalette.Muted, SKTextAlign.Center);
            }
        }
    }

    private static void Series(SKCanvas canvas, List<(int Index, decimal? Value)> values, Func<int, float> x, Func<decimal, float> y, SKColor color, bool dashed, bool dots)
    {
        using var effect = dashed ? SKPathEffect.CreateDash([4f, 2.5f], 0) : null;
        using var line = new SKPaint { Color = color, StrokeWidth = 1.5f, IsStroke = true, IsAntialias = true, PathEffect = effect, StrokeJoin = SKStrokeJoin.Round };
        using var dot = new SKPaint { Color = color, IsAntialias = true };
        using var builder = new SKPathBuilder();
        var open = false;
        foreach (var (i, v) in values)
        {
            if (v is not { } value)
            {
                open = false;
                continue;
            }

            var p = new SKPoint(x(i), y(value));
            if (open)
            {
                builder.LineTo(p);
            }
            else
            {
                builder.MoveTo(p);
                open = true;
            }

            if (dots && values.Count <= 36)
            {
                canvas.DrawCircle(p, 1.6f, dot);
            }
        }

        using var path = builder.Detach();
        canvas.DrawPath(path, line);
    }

    private static float LegendLine(SKCanvas canvas, SKFont font, float x, float y, SKColor color, bool dashed, string label)
    {
        using var effect = dashed ? SKPathEffect.CreateDash([3f, 2f], 0) : null;
        using var line = new SKPaint { Color = color, StrokeWidth = 1.5f, IsStroke = true, IsAntialias = true, PathEffect = effect };
        canvas.DrawLine(x, y, x + 14, y, line);
        TextDraw.Line(canvas, label, x + 17, y + 2.6f, font, ReportPalette.Ink);
        return x + 17 + TextDraw.Width(font, label) + 10;
    }

    private static float LegendBar(SKCanvas canvas, SKFont font, float x, float y, string label)
    {
        using var bar = new SKPaint { Color = new SKColor(0x9D, 0xB9, 0xE0), IsAntialias = true };
        canvas.DrawRect(x + 3, y - 3.5f, 7, 7, bar);
        TextDraw.Line(canvas, label, x + 13, y + 2.6f, font, ReportPalette.Ink);
        return x + 13 + TextDraw.Width(font, label) + 10;
    }

    private static double NiceStep(double raw)
    {
        if (raw <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var f = raw / magnitude;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * magnitude;
    }
}
