using ProjectMap.Rendering.Maps;
using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>
/// The cover's two district maps, drawn by the product's one map renderer (<see cref="MapRenderer"/>) into rectangles
/// of the cover: completion (parcels by schedule progress) and investment (circles by planned investment, filled by
/// investment progress), each under a caption, with the renderer's own legend, scale bar, north arrow and credit line.
/// </summary>
public static class CoverMaps
{
    private const float CaptionHeight = 16;

    /// <summary>Draws the completion map into <paramref name="completion"/> and the investment map into <paramref name="investment"/> (layout points).</summary>
    public static void Draw(ReportPage page, MapData data, SKRect completion, SKRect investment)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(data);
        var t = page.Text;
        One(page, data, completion, MapOverlay.Completion, t.Pick("项目完成情况图（按形象进度）", "Completion map (schedule progress)"));
        One(page, data, investment, MapOverlay.Investment, t.Pick("项目投资分布图（圆面积示总投资）", "Investment map (circle area: total investment)"));
    }

    /// <summary>The map request of the cover for <paramref name="overlay"/>.</summary>
    public static MapRequest Request(ReportPage page, MapOverlay overlay)
    {
        ArgumentNullException.ThrowIfNull(page);
        var r = page.Report;
        return new MapRequest
        {
            Month = r.Month,
            Overlay = overlay,
            English = r.English,
            AreaName = r.District.Length > 0 ? r.District : null,
            Publisher = r.Organisation.Length > 0 ? r.Organisation : null,

            // Imagery under the parcels is composed at the report's photo resolution.
            Page = MapPage.Paper(page.PaperScale > 1.2f ? "A3" : "A4", PageOrientation.Landscape, PhotoPanel.Dpi),
        };
    }

    private static void One(ReportPage page, MapData data, SKRect rect, MapOverlay overlay, string caption)
    {
        using (var font = page.Fonts.Font(10, bold: true))
        {
            TextDraw.Line(page.Canvas, caption, rect.Left, rect.Top + 11, font, ReportPalette.Ink);
        }

        var map = new SKRect(rect.Left, rect.Top + CaptionHeight, rect.Right, rect.Bottom);

        // The renderer works in PDF points per millimetre of paper; the layout is A4 points scaled for A3.
        page.Canvas.Save();
        page.Canvas.ClipRect(map);
        MapRenderer.Draw(page.Canvas, map, data, Request(page, overlay), MapRenderer.PointsPerMm / page.PaperScale, isVector: true);
        page.Canvas.Restore();
        using var frame = new SKPaint { Color = ReportPalette.Rule, IsStroke = true, StrokeWidth = 0.6f };
        page.Canvas.DrawRect(map, frame);
    }
}
