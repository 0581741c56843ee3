using System.Globalization;
using ProjectMap.Domain.Ledger;
using ProjectMap.Reports.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>一、总体情况: the month in a paragraph, the status summary table, and the projects that need attention with their reasons.</summary>
public static class OverviewPage
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    /// <summary>Draws the page.</summary>
    public static void Draw(ReportPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var t = page.Text;
        var r = page.Report;
        page.Header();
        var y = page.Section(t.Pick("一、总体情况", "1. Overview"), ReportPage.ContentTop + 4);
        using (var body = page.Fonts.Font(10.5f))
        {
            y += TextDraw.Paragraph(page.Canvas, Narrative(page), ReportPage.Margin + 8, y, ReportPage.ContentWidth - 16, body, ReportPalette.Ink, 17);
        }

        y += 10;
        var table = new ReportTable(page.Fonts,
        [
            new(t.Pick("状态", "Status"), 110, SKTextAlign.Center),
            new(t.Pick("项目数(个)", "Projects"), 80, SKTextAlign.Center),
            new(t.Pick("总投资(万元)", "Total investment (万元)"), 115, SKTextAlign.Right),
            new(t.Pick("年度计划(万元)", "Annual plan (万元)"), 115, SKTextAlign.Right),
            new(t.Pick("本月完成(万元)", "This month (万元)"), 115, SKTextAlign.Right),
            new(t.Pick("累计完成(万元)", "Cumulative (万元)"), 115, SKTextAlign.Right),
            new(t.Pick("投资完成率", "Investment rate"), 90, SKTextAlign.Right),
        ], 9.5f) { Zebra = null };
        foreach (var g in r.Groups.Append(r.Total))
        {
            var isTotal = g.Level is null;
            var fill = isTotal ? ReportPalette.Zebra : (SKColor?)null;
            table.Rows.Add(
            [
                isTotal ? new TableCell(t.Pick("合计", "Total"), fill, Bold: true) : new TableCell(t.Status(g.Level!.Value), ReportPalette.LightOf(g.Level.Value), ReportPalette.Of(g.Level.Value), Bold: true),
                new(g.Count.ToString(Ic), fill, Bold: isTotal),
                new(ReportText.Wan(g.TotalInvestmentWan), fill, Bold: isTotal),
                new(ReportText.Wan(g.AnnualPlanWan), fill, Bold: isTotal),
                new(ReportText.Wan(g.MonthInvestmentWan), fill, Bold: isTotal),
                new(ReportText.Wan(g.CumulativeInvestmentWan), fill, Bold: isTotal),
                new(ReportText.Percent(g.InvestmentRatio), fill, Bold: isTotal),
            ]);
        }

        var x = ReportPage.Margin + ((ReportPage.ContentWidth - table.Width) / 2);
        y += table.Draw(page.Canvas, x, y, 0, table.Rows.Count) + 16;

        var attention = r.Projects.Where(p => p.Status.Level != StatusLevel.Normal).OrderByDescending(p => p.Status.Level).ThenBy(p => p.Sequence).ToList();
        using var head = page.Fonts.Font(11, bold: true);
        TextDraw.Line(page.Canvas, t.Pick("需关注的项目", "Projects needing attention"), ReportPage.Margin + 8, y + 10, head, ReportPalette.Ink);
        y += 20;
        using var body2 = page.Fonts.Font(9.5f);
        using var dot = new SKPaint { IsAntialias = true };
        if (attention.Count == 0)
        {
            TextDraw.Line(page.Canvas, t.Pick("本月所有项目均为正常。", "Every project is normal this month."), ReportPage.Margin + 18, y + 10, body2, ReportPalette.Ink);
            page.Footer();
            return;
        }

        foreach (var p in attention)
        {
            if (y > ReportPage.ContentBottom - 30)
            {
                TextDraw.Line(page.Canvas, t.Pick("（其余见项目进展一览表）", "(the rest: see the progress table)"), ReportPage.Margin + 18, y + 10, body2, ReportPalette.Muted);
                break;
            }

            dot.Color = ReportPalette.Of(p.Status.Level);
            page.Canvas.DrawCircle(ReportPage.Margin + 13, y + 7, 3.2f, dot);
            var text = $"{t.Name(p)}（{t.Status(p.Status.Level)}）：{string.Join(t.Pick("；", "; "), p.Status.Reasons.Where(x => x.Level == p.Status.Level).Select(x => x.Text(t.English)))}";
            y += TextDraw.Paragraph(page.Canvas, text, ReportPage.Margin + 20, y, ReportPage.ContentWidth - 28, body2, ReportPalette.Ink, 14) + 5;
        }

        page.Footer();
    }

    /// <summary>The month in one paragraph, every figure from the report model.</summary>
    public static string Narrative(ReportPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var t = page.Text;
        var r = page.Report;
        var total = r.Total;
        var ytd = r.Projects.Sum(p => p.Status.YearToDateInvestmentWan);
        var planShare = ReportText.Percent(total.AnnualPlanWan > 0 ? ytd / total.AnnualPlanWan : null);
        var counts = r.Groups.ToDictionary(g => g.Level!.Value, g => g.Count);
        var photographed = r.Projects.Count(p => p.LatestPhoto?.Month == r.Month);
        return t.English
            ? string.Create(Ic, $"As at {t.DayName(r.ReportDay)}, {total.Count} key projects are monitored{(r.District.Length > 0 ? " in " + r.District : string.Empty)}, with a total investment of {ReportText.Wan(total.TotalInvestmentWan)} 万元 ({ReportText.Yi(total.TotalInvestmentWan)} 亿元) and {r.Month.Year} annual plans of {ReportText.Wan(total.AnnualPlanWan)} 万元. This month {ReportText.Wan(total.MonthInvestmentWan)} 万元 was invested; {ReportText.Wan(ytd)} 万元 so far this year, {planShare} of the annual plans. Cumulative investment is {ReportText.Wan(total.CumulativeInvestmentWan)} 万元, {ReportText.Percent(total.InvestmentRatio)} of the total. Status: {counts[StatusLevel.Normal]} normal, {counts[StatusLevel.Warning]} warning, {counts[StatusLevel.Delayed]} delayed. {r.MonthPhotos.Count} drone photos were taken this month, of {photographed} projects.")
            : string.Create(Ic, $"截至{t.DayName(r.ReportDay)}，{r.District}纳入监测的重点项目共 {total.Count} 个，总投资 {ReportText.Wan(total.TotalInvestmentWan)} 万元（{ReportText.Yi(total.TotalInvestmentWan)} 亿元），{r.Month.Year} 年度计划投资 {ReportText.Wan(total.AnnualPlanWan)} 万元。本月完成投资 {ReportText.Wan(total.MonthInvestmentWan)} 万元，年度累计完成 {ReportText.Wan(ytd)} 万元，占年度计划的 {planShare}；项目累计完成投资 {ReportText.Wan(total.CumulativeInvestmentWan)} 万元，占总投资的 {ReportText.Percent(total.InvestmentRatio)}。按进度判定，正常 {counts[StatusLevel.Normal]} 个、预警 {counts[StatusLevel.Warning]} 个、滞后 {counts[StatusLevel.Delayed]} 个。本月无人机航拍照片 {r.MonthPhotos.Count} 张，涉及 {photographed} 个项目。");
    }
}
