using System.Globalization;
using ProjectMap.Reports.Excel;
using ProjectMap.Reports.Model;
using ProjectMap.Reports.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>二、项目进展一览表: the workbook's 项目进展 columns as a ruled table, split over as many pages as it needs with the header repeated.</summary>
public static class ProgressTable
{
    private const float TableTop = ReportPage.ContentTop + 30;

    /// <summary>Builds the table (one row per project and a total row).</summary>
    public static ReportTable Build(ReportFonts fonts, MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(report);
        var t = ReportText.For(report);
        var h = report.English ? MonthlyWorkbookWriter.ProgressHeadersEn : MonthlyWorkbookWriter.ProgressHeadersZh;
        float[] widths = [22, 104, 66, 50, 50, 46, 50, 40, 46, 50, 30, 166, 50];
        SKTextAlign[] aligns =
        [
            SKTextAlign.Center, SKTextAlign.Left, SKTextAlign.Left, SKTextAlign.Right, SKTextAlign.Right, SKTextAlign.Right, SKTextAlign.Right,
            SKTextAlign.Right, SKTextAlign.Center, SKTextAlign.Center, SKTextAlign.Center, SKTextAlign.Left, SKTextAlign.Center,
        ];
        var table = new ReportTable(fonts, h.Select((x, i) => new TableColumn(x, widths[i], aligns[i])).ToList(), 7.2f);
        foreach (var p in report.Projects)
        {
            var s = p.Status;
            table.Rows.Add(
            [
                p.Sequence.ToString(CultureInfo.InvariantCulture),
                t.Name(p),
                p.Project.Location,
                ReportText.Wan(s.TotalInvestmentWan),
                s.AnnualPlanWan is { } plan ? ReportText.Wan(plan) : "—",
                ReportText.Wan(s.MonthInvestmentWan),
                ReportText.Wan(s.CumulativeInvestmentWan),
                ReportText.PercentValue(s.InvestmentProgressPct),
                t.Stage(s),
                ReportText.Date(p.PlannedCompletion),
                new TableCell(t.Status(s.Level), ReportPalette.LightOf(s.Level), ReportPalette.Of(s.Level), Bold: true),
                t.Reasons(s),
                ReportText.Date(p.LatestPhotoDate) is { Length: > 0 } d ? d : "—",
            ]);
        }

        var total = report.Total;
        var fill = ReportPalette.HeaderFill;
        table.Rows.Add(
        [
            new(string.Empty, fill),
            new(t.Pick("合计", "Total"), fill, Bold: true),
            new(string.Empty, fill),
            new(ReportText.Wan(total.TotalInvestmentWan), fill, Bold: true),
            new(ReportText.Wan(total.AnnualPlanWan), fill, Bold: true),
            new(ReportText.Wan(total.MonthInvestmentWan), fill, Bold: true),
            new(ReportText.Wan(total.CumulativeInvestmentWan), fill, Bold: true),
            new(ReportText.Percent(total.InvestmentRatio), fill, Bold: true),
            new(string.Empty, fill), new(string.Empty, fill), new(string.Empty, fill), new(string.Empty, fill), new(string.Empty, fill),
        ]);
        return table;
    }

    /// <summary>The rows each page holds: (first row, count) per page.</summary>
    public static IReadOnlyList<(int First, int Count)> Pages(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var pages = new List<(int, int)>();
        var first = 0;
        do
        {
            var n = table.RowsThatFit(first, ReportPage.ContentBottom - TableTop - 30);
            pages.Add((first, n));
            first += n;
        }
        while (first < table.Rows.Count);
        return pages;
    }

    /// <summary>Draws one page of the table.</summary>
    public static void Draw(ReportPage page, ReportTable table, (int First, int Count) rows, bool continued)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(table);
        var t = page.Text;
        page.Header();
        page.Section(t.Pick("二、项目进展一览表", "2. Progress of each project") + (continued ? t.Pick("（续）", " (continued)") : string.Empty), ReportPage.ContentTop + 4);
        using (var unit = page.Fonts.Font(8))
        {
            TextDraw.Line(page.Canvas, t.Pick("金额单位：万元", "Amounts in 万元"), ReportPage.Width - ReportPage.Margin, ReportPage.ContentTop + 18, unit, ReportPalette.Muted, SKTextAlign.Right);
        }

        var x = ReportPage.Margin + ((ReportPage.ContentWidth - table.Width) / 2);
        var height = table.Draw(page.Canvas, x, TableTop, rows.First, rows.Count);
        if (rows.First + rows.Count >= table.Rows.Count)
        {
            using var note = page.Fonts.Font(7.5f);
            TextDraw.Paragraph(page.Canvas, t.RulesNote(page.Report.Rules), ReportPage.Margin, TableTop + height + 8, ReportPage.ContentWidth, note, ReportPalette.Muted, 11);
        }

        page.Footer();
    }
}
