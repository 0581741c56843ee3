using System.Globalization;
using ProjectMap.Reports.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>The cover: the title in the manner of an official document (red title, red double rule), the period and cut-off, the key figures and the contents.</summary>
public static class CoverPage
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    /// <summary>Draws the cover; <paramref name="contents"/> lists (title, first page) of the sections that follow.</summary>
    public static void Draw(ReportPage page, IReadOnlyList<(string Title, int Page)> contents)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(contents);
        var c = page.Canvas;
        var t = page.Text;
        var r = page.Report;
        var mid = ReportPage.Width / 2;
        using (var title = page.Fonts.Font(28, bold: true))
        {
            TextDraw.Line(c, t.Title(r), mid, 92, title, ReportPalette.Accent, SKTextAlign.Center);
        }

        using (var sub = page.Fonts.Font(16))
        {
            TextDraw.Line(c, t.MonthName(r.Month), mid, 124, sub, ReportPalette.Ink, SKTextAlign.Center);
        }

        using (var rule = new SKPaint { Color = ReportPalette.Accent, StrokeWidth = 2.2f, IsStroke = true })
        {
            c.DrawLine(ReportPage.Margin, 142, ReportPage.Width - ReportPage.Margin, 142, rule);
            rule.StrokeWidth = 0.7f;
            c.DrawLine(ReportPage.Margin, 146, ReportPage.Width - ReportPage.Margin, 146, rule);
        }

        using (var meta = page.Fonts.Font(10))
        {
            var org = r.Organisation.Length > 0 ? r.Organisation : r.District;
            var line = (org.Length > 0 ? t.Pick("编制单位：", "Compiled by: ") + org + t.Pick("　　", "    ") : string.Empty)
                       + t.Pick("数据截至：", "Figures as at ") + t.DayName(r.ReportDay) + " 24:00";
            TextDraw.Line(c, line, mid, 166, meta, ReportPalette.Muted, SKTextAlign.Center);
        }

        Figures(page, 196);
        Contents(page, contents, 330);
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
            page.Canvas.DrawRoundRect(new SKRect(x, top, x + width, top + 96), 3, 3, fill);
            page.Canvas.DrawRect(x, top, width, 3, edge);
            TextDraw.Line(page.Canvas, cards[i].Label, x + 12, top + 24, labelFont, ReportPalette.Muted);
            TextDraw.Fitted(page.Canvas, cards[i].Value, x + 12, top + 56, width - 20, valueFont, ReportPalette.Ink);
            TextDraw.Fitted(page.Canvas, cards[i].Note, x + 12, top + 80, width - 20, noteFont, ReportPalette.Muted);
        }

        // The status split as a bar under the cards.
        var barTop = top + 108;
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

    private static void Contents(ReportPage page, IReadOnlyList<(string Title, int Page)> contents, float top)
    {
        var t = page.Text;
        using var heading = page.Fonts.Font(12, bold: true);
        using var item = page.Fonts.Font(10.5f);
        var left = ReportPage.Margin + 150;
        var right = ReportPage.Width - ReportPage.Margin - 150;
        TextDraw.Line(page.Canvas, t.Pick("目　录", "Contents"), ReportPage.Width / 2, top + 14, heading, ReportPalette.Ink, SKTextAlign.Center);
        var y = top + 40;
        using var dotted = SKPathEffect.CreateDash([1f, 2.5f], 0);
        using var dots = new SKPaint { Color = ReportPalette.Rule, StrokeWidth = 0.6f, IsStroke = true, PathEffect = dotted };
        foreach (var (title, number) in contents.Take(14))
        {
            var text = TextDraw.Ellipsis(item, title, right - left - 40);
            TextDraw.Line(page.Canvas, text, left, y, item, ReportPalette.Ink);
            var pageText = number.ToString(Ic);
            TextDraw.Line(page.Canvas, pageText, right, y, item, ReportPalette.Ink, SKTextAlign.Right);
            page.Canvas.DrawLine(left + TextDraw.Width(item, text) + 6, y - 3, right - TextDraw.Width(item, pageText) - 6, y - 3, dots);
            y += 15;
        }
    }
}
