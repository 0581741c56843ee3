using System.Globalization;
using ProjectMap.Rendering.Maps;
using ProjectMap.Reports.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>
/// The cover: the title in the manner of an official document (red title, red double rule), the period and cut-off,
/// the key figures, and the district's completion map beside its investment map.
/// </summary>
public static class CoverPage
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    /// <summary>Top of the two maps in layout points.</summary>
    public const float MapsTop = 250;

    /// <summary>Draws the cover with the district maps drawn from <paramref name="maps"/>.</summary>
    public static void Draw(ReportPage page, MapData maps)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(maps);
        var c = page.Canvas;
        var t = page.Text;
        var r = page.Report;
        var mid = ReportPage.Width / 2;
        using (var title = page.Fonts.Font(26, bold: true))
        {
            TextDraw.Line(c, t.Title(r), mid, 66, title, ReportPalette.Accent, SKTextAlign.Center);
        }

        using (var sub = page.Fonts.Font(15))
        {
            TextDraw.Line(c, t.MonthName(r.Month), mid, 94, sub, ReportPalette.Ink, SKTextAlign.Center);
        }

        using (var rule = new SKPaint { Color = ReportPalette.Accent, StrokeWidth = 2.2f, IsStroke = true })
        {
            c.DrawLine(ReportPage.Margin, 108, ReportPage.Width - ReportPage.Margin, 108, rule);
            rule.StrokeWidth = 0.7f;
            c.DrawLine(ReportPage.Margin, 112, ReportPage.Width - ReportPage.Margin, 112, rule);
        }

        using (var meta = page.Fonts.Font(9.5f))
        {
            var org = r.Organisation.Length > 0 ? r.Organisation : r.District;
            var line = (org.Length > 0 ? t.Pick("编制单位：", "Compiled by: ") + org + t.Pick("　　", "    ") : string.Empty)
                       + t.Pick("数据截至：", "Figures as at ") + t.DayName(r.ReportDay) + " 24:00";
            TextDraw.Line(c, line, mid, 129, meta, ReportPalette.Muted, SKTextAlign.Center);
        }

        Figures(page, 142);
        var gap = 12f;
        var width = (ReportPage.ContentWidth - gap) / 2;
        var bottom = ReportPage.ContentBottom;
        CoverMaps.Draw(page, maps, new SKRect(ReportPage.Margin, MapsTop, ReportPage.Margin + width, bottom), new SKRect(ReportPage.Margin + width + gap, MapsTop, ReportPage.Width - ReportPage.Margin, bottom));
        page.Footer();
    }

    private static void Figures(ReportPage page, float top)
    {
        var t = page.Text;
        var r = page.Report;
        var total = r.Total;
        var ytd = r.Projects.Sum(p => p.Status.YearToDateInvestmentWan);
        var counts = string.Join(t.Pick("　", "  "), r.Groups.Select(g => t.Status(g.Level!.Value) + " " + g.Count.ToString(Ic)));
        var cards = new (string Label, string Value, string Note, SKColor? Accent)[]
        {
            (t.Pick("重点项目", "Key projects"), total.Count.ToString(Ic) + t.Pick(" 个", string.Empty), counts, null),
            (t.Pick("总投资", "Total investment"), ReportText.Yi(total.TotalInvestmentWan) + " 亿元", ReportText.Wan(total.TotalInvestmentWan) + " 万元", null),
            (t.Pick("年度计划", "Annual plans"), ReportText.Wan(total.AnnualPlanWan) + " 万元", t.Pick("年度累计完成 ", "Year to date ") + ReportText.Percent(total.AnnualPlanWan > 0 ? ytd / total.AnnualPlanWan : null), null),
            (t.Pick("本月完成投资", "Invested this month"), ReportText.Wan(total.MonthInvestmentWan) + " 万元", t.Pick("年度累计 ", "Year to date ") + ReportText.Wan(ytd) + " 万元", null),
            (t.Pick("累计完成投资", "Invested to date"), ReportText.Yi(total.CumulativeInvestmentWan) + " 亿元", t.Pick("投资完成率 ", "Investment rate ") + ReportText.Percent(total.InvestmentRatio), null),
        };
        var gap = 10f;
        var width = (ReportPage.ContentWidth - (gap * (cards.Length - 1))) / cards.Length;
        using var fill = new SKPaint { Color = ReportPalette.Zebra, IsAntialias = true };
        using var edge = new SKPaint { Color = ReportPalette.Accent, IsAntialias = true };
        using var labelFont = page.Fonts.Font(9.5f);
        using var valueFont = page.Fonts.Font(19, bold: true);
        using var noteFont = page.Fonts.Font(8.5f);
        for (var i = 0; i < cards.Length; i++)
        {
            var x = ReportPage.Margin + (i * (width + gap));
            page.Canvas.DrawRoundRect(new SKRect(x, top, x + width, top + 84), 3, 3, fill);
            page.Canvas.DrawRect(x, top, width, 3, edge);
            TextDraw.Line(page.Canvas, cards[i].Label, x + 12, top + 20, labelFont, ReportPalette.Muted);
            TextDraw.Fitted(page.Canvas, cards[i].Value, x + 12, top + 50, width - 20, valueFont, ReportPalette.Ink);
            TextDraw.Fitted(page.Canvas, cards[i].Note, x + 12, top + 72, width - 20, noteFont, ReportPalette.Muted);
        }

        // The status split as a bar under the cards.
        var barTop = top + 92;
        var x0 = ReportPage.Margin;
        using var seg = new SKPaint { IsAntialias = true };
        foreach (var g in r.Groups.Where(g => g.Count > 0))
        {
            var w = ReportPage.ContentWidth * g.Count / Math.Max(1, total.Count);
            seg.Color = ReportPalette.Of(g.Level!.Value);
            page.Canvas.DrawRect(x0, barTop, w, 6, seg);
            x0 += w;
        }
    }
}
