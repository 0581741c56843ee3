using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>
/// The cover's two district maps: completion (parcels by progress) and investment (circles by planned investment).
/// They must come from the maps renderer of issue 6 (one map drawer in the product); until that renderer is on this
/// branch, each slot says plainly that the map is missing instead of drawing a stand-in.
/// </summary>
public static class CoverMaps
{
    /// <summary>Draws the completion map into <paramref name="completion"/> and the investment map into <paramref name="investment"/>.</summary>
    public static void Draw(ReportPage page, SKRect completion, SKRect investment)
    {
        ArgumentNullException.ThrowIfNull(page);
        var t = page.Text;
        Missing(page, completion, t.Pick("项目完成情况图", "Completion map"));
        Missing(page, investment, t.Pick("项目投资分布图", "Investment map"));
    }

    private static void Missing(ReportPage page, SKRect rect, string title)
    {
        var t = page.Text;
        using var frame = new SKPaint { Color = ReportPalette.Rule, IsStroke = true, StrokeWidth = 0.6f };
        page.Canvas.DrawRect(rect, frame);
        using var head = page.Fonts.Font(11, bold: true);
        using var body = page.Fonts.Font(9);
        TextDraw.Line(page.Canvas, title, rect.MidX, rect.MidY - 8, head, ReportPalette.Ink, SKTextAlign.Center);
        TextDraw.Line(page.Canvas, t.Pick("（地图渲染器尚未接入，本版报告缺此图）", "(the map renderer is not yet available; this map is missing)"), rect.MidX, rect.MidY + 10, body, ReportPalette.Muted, SKTextAlign.Center);
    }
}
