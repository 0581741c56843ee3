using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ProjectMap.Domain.Ledger;
using ProjectMap.Reports.Export;
using ProjectMap.Reports.Model;
using ProjectMap.Reports.Text;

namespace ProjectMap.Reports.Excel;

/// <summary>
/// Writes the monthly return workbook: 汇总 (projects by status with totals as formulas over 项目进展), 项目进展 (one row
/// per project with the fixed columns 序号 … 最新航拍日期 and a formula total row) and 里程碑 (every milestone with its
/// red/amber/green rating). Cells are typed (amounts #,##0.00, rates 0.0%, dates yyyy-mm-dd), headers frozen, columns
/// sized, and each sheet prints on A4 landscape, one page wide, with its title rows repeated and page numbers. The
/// file is byte-for-byte the same for the same report: document dates come from the report month, not the clock.
/// </summary>
public static class MonthlyWorkbookWriter
{
    /// <summary>The first data row of the 项目进展 and 里程碑 sheets (rows 1–3: title, meta line, header).</summary>
    public const uint FirstDataRow = 4;

    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    /// <summary>The columns of 项目进展 in Chinese, exactly as the return's fixed shape names them.</summary>
    public static IReadOnlyList<string> ProgressHeadersZh { get; } =
        ["序号", "项目名称", "建设地点", "总投资(万元)", "年度计划(万元)", "本月完成(万元)", "累计完成(万元)", "投资完成率", "形象进度", "计划竣工", "状态", "原因", "最新航拍日期"];

    /// <summary>The columns of 项目进展 in English.</summary>
    public static IReadOnlyList<string> ProgressHeadersEn { get; } =
        ["No.", "Project", "Location", "Total investment (万元)", "Annual plan (万元)", "This month (万元)", "Cumulative (万元)", "Investment rate", "Stage", "Planned completion", "Status", "Reasons", "Latest drone photo"];

    /// <summary>The sheet names: 汇总, 项目进展, 里程碑 (Summary, Progress, Milestones in English).</summary>
    public static (string Summary, string Progress, string Milestones) SheetNames(bool english) =>
        english ? ("Summary", "Progress", "Milestones") : ("汇总", "项目进展", "里程碑");

    /// <summary>Writes the workbook to <paramref name="path"/>, replacing the file.</summary>
    public static void Write(MonthlyReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        File.WriteAllBytes(path, ToBytes(report));
    }

    /// <summary>The workbook's bytes.</summary>
    public static byte[] ToBytes(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = ReportText.For(report);
        var names = SheetNames(report.English);
        var progress = ProgressSheet(report, t, names.Progress);
        var summary = SummarySheet(report, t, names.Summary, names.Progress);
        var milestones = MilestoneSheet(report, t, names.Milestones);
        var sheets = new[] { summary, progress, milestones };

        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rId100");
            styles.Stylesheet = ReportStylesheet.Create();
            var sheetList = new Sheets();
            var definedNames = new DefinedNames();
            for (var i = 0; i < sheets.Length; i++)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>(string.Create(Ic, $"rId{i + 1}"));
                part.Worksheet = sheets[i].Build();
                sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)i + 1, Name = sheets[i].Name });
                if (sheets[i].PrintTitleRows is { } rows)
                {
                    definedNames.Append(new DefinedName(string.Create(Ic, $"'{sheets[i].Name}'!${rows.First}:${rows.Last}")) { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
                }

                if (sheets[i].AutoFilter is { } filter)
                {
                    var abs = string.Join(':', filter.Split(':').Select(r => "$" + new string(r.TakeWhile(char.IsAsciiLetter).ToArray()) + "$" + new string(r.SkipWhile(char.IsAsciiLetter).ToArray())));
                    definedNames.Append(new DefinedName($"'{sheets[i].Name}'!{abs}") { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
                }
            }

            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                sheetList,
                definedNames,
                new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
            workbookPart.Workbook.Save();
            var created = report.AsOf.UtcDateTime;
            document.PackageProperties.Title = t.Title(report) + " " + t.MonthName(report.Month);
            document.PackageProperties.Subject = t.Pick("重点项目月报", "Key projects monthly return");
            document.PackageProperties.Creator = "ProjectMap";
            document.PackageProperties.Created = created;
            document.PackageProperties.Modified = created;
        }

        return DeterministicZip.Normalise(buffer.ToArray(), report.AsOf);
    }

    private static SheetBuilder ProgressSheet(MonthlyReport report, ReportText t, string name)
    {
        var s = new SheetBuilder(name, 5.5, 26, 16, 12.5, 12.5, 11.5, 12.5, 9.5, 11, 11.5, 7, 46, 11.5);
        var headers = report.English ? ProgressHeadersEn : ProgressHeadersZh;
        var last = headers.Count - 1;
        TitleRows(s, report, t, t.Pick($"{report.District}重点项目建设进展情况表（{t.MonthName(report.Month)}）", $"{t.Title(report)}: progress of each project, {t.MonthName(report.Month)}"), last);
        HeaderRow(s, headers);
        var row = FirstDataRow;
        foreach (var p in report.Projects)
        {
            var st = p.Status;
            s.Number(0, row, p.Sequence, CellStyle.Integer);
            s.Text(1, row, t.Name(p), CellStyle.Text);
            s.Text(2, row, p.Project.Location, CellStyle.Text);
            s.Number(3, row, st.TotalInvestmentWan, CellStyle.Money);
            s.Number(4, row, st.AnnualPlanWan, CellStyle.Money);
            s.Number(5, row, st.MonthInvestmentWan, CellStyle.Money);
            s.Number(6, row, st.CumulativeInvestmentWan, CellStyle.Money);
            s.Formula(7, row, Rate(6, 3, row), Ratio(st.CumulativeInvestmentWan, st.TotalInvestmentWan), CellStyle.Percent);
            s.Text(8, row, t.Stage(st), CellStyle.TextCentre);
            s.Date(9, row, p.PlannedCompletion, CellStyle.Date);
            s.Text(10, row, t.Status(st.Level), StatusStyle(st.Level));
            var reasons = t.Reasons(st);
            s.Text(11, row, reasons, CellStyle.Text);
            s.Date(12, row, p.LatestPhotoDate, CellStyle.Date);
            var lines = new[] { SheetBuilder.Lines(t.Name(p), s.Width(1)), SheetBuilder.Lines(p.Project.Location, s.Width(2)), SheetBuilder.Lines(reasons, s.Width(11)) }.Max();
            s.Height(row, Math.Max(20, (lines * 12.5) + 5));
            row++;
        }

        var total = row;
        var lastData = Math.Max(FirstDataRow, total - 1);
        s.Text(0, total, t.Pick("合计", "Total"), CellStyle.TotalLabel);
        s.Text(1, total, null, CellStyle.TotalBlank);
        s.Text(2, total, null, CellStyle.TotalBlank);
        s.Merge(0, total, 2, total);
        var sums = new[] { report.Total.TotalInvestmentWan, report.Total.AnnualPlanWan, report.Total.MonthInvestmentWan, report.Total.CumulativeInvestmentWan };
        for (var c = 3; c <= 6; c++)
        {
            s.Formula(c, total, $"SUM({SheetBuilder.Ref(c, FirstDataRow)}:{SheetBuilder.Ref(c, lastData)})", sums[c - 3], CellStyle.TotalMoney);
        }

        s.Formula(7, total, Rate(6, 3, total), report.Total.InvestmentRatio, CellStyle.TotalPercent);
        for (var c = 8; c <= last; c++)
        {
            s.Text(c, total, null, CellStyle.TotalBlank);
        }

        s.Height(total, 20);
        Notes(s, report, t, total + 1, last);
        s.FreezeRow = FirstDataRow;
        s.FreezeColumn = 3;
        s.PrintTitleRows = (1, 3);
        s.AutoFilter = SheetBuilder.Ref(0, 3) + ":" + SheetBuilder.Ref(last, lastData);
        return s;
    }

    private static SheetBuilder SummarySheet(MonthlyReport report, ReportText t, string name, string progressName)
    {
        var s = new SheetBuilder(name, 16, 12, 16, 16, 16, 16, 12);
        TitleRows(s, report, t, t.Pick($"{report.District}重点项目建设进展汇总表（{t.MonthName(report.Month)}）", $"{t.Title(report)}: summary, {t.MonthName(report.Month)}"), 6);
        HeaderRow(s, report.English
            ? ["Status", "Projects", "Total investment (万元)", "Annual plan (万元)", "This month (万元)", "Cumulative (万元)", "Investment rate"]
            : ["状态", "项目数(个)", "总投资(万元)", "年度计划(万元)", "本月完成(万元)", "累计完成(万元)", "投资完成率"]);
        var first = FirstDataRow;
        var last = Math.Max(first, first + (uint)report.Projects.Count - 1);
        string Range(int column) => $"'{progressName}'!${SheetBuilder.Column(column)}${first}:${SheetBuilder.Column(column)}${last}";
        var row = FirstDataRow;
        foreach (var g in report.Groups)
        {
            var label = SheetBuilder.Ref(0, row);
            s.Text(0, row, t.Status(g.Level!.Value), StatusStyle(g.Level.Value));
            s.Formula(1, row, $"COUNTIF({Range(10)},{label})", g.Count, CellStyle.Integer);
            s.Formula(2, row, $"SUMIF({Range(10)},{label},{Range(3)})", g.TotalInvestmentWan, CellStyle.Money);
            s.Formula(3, row, $"SUMIF({Range(10)},{label},{Range(4)})", g.AnnualPlanWan, CellStyle.Money);
            s.Formula(4, row, $"SUMIF({Range(10)},{label},{Range(5)})", g.MonthInvestmentWan, CellStyle.Money);
            s.Formula(5, row, $"SUMIF({Range(10)},{label},{Range(6)})", g.CumulativeInvestmentWan, CellStyle.Money);
            s.Formula(6, row, Rate(5, 2, row), g.InvestmentRatio, CellStyle.Percent);
            s.Height(row, 20);
            row++;
        }

        var total = row;
        s.Text(0, total, t.Pick("合计", "Total"), CellStyle.TotalLabel);
        s.Formula(1, total, $"SUM(B{FirstDataRow}:B{total - 1})", report.Total.Count, CellStyle.TotalInteger);
        var sums = new[] { report.Total.TotalInvestmentWan, report.Total.AnnualPlanWan, report.Total.MonthInvestmentWan, report.Total.CumulativeInvestmentWan };
        for (var c = 2; c <= 5; c++)
        {
            s.Formula(c, total, $"SUM({SheetBuilder.Ref(c, FirstDataRow)}:{SheetBuilder.Ref(c, total - 1)})", sums[c - 2], CellStyle.TotalMoney);
        }

        s.Formula(6, total, Rate(5, 2, total), report.Total.InvestmentRatio, CellStyle.TotalPercent);
        s.Height(total, 20);

        // The month at a glance: figures the status table does not show, straight from the ledger and the photo store.
        var statuses = report.Projects.Select(p => p.Status).ToList();
        var ytd = statuses.Sum(x => x.YearToDateInvestmentWan);
        var plan = report.Total.AnnualPlanWan;
        var glance = total + 2;
        s.Text(0, glance, t.Pick("本月概况", "The month at a glance"), CellStyle.Section);
        s.Height(glance, 22);
        var items = new (string Label, decimal? Value, CellStyle Style)[]
        {
            (t.Pick("年度累计完成投资(万元)", "Investment this year to date (万元)"), ytd, CellStyle.Money),
            (t.Pick("年度计划完成率", "Share of the annual plans"), Ratio(ytd, plan), CellStyle.Percent),
            (t.Pick("本月已填报投资的项目(个)", "Projects with this month's return"), statuses.Count(x => x.MonthReturnFiled), CellStyle.Integer),
            (t.Pick("本月航拍照片(张)", "Drone photos this month"), report.MonthPhotos.Count, CellStyle.Integer),
            (t.Pick("本月有航拍的项目(个)", "Projects photographed this month"), report.Projects.Count(p => p.LatestPhoto?.Month == report.Month), CellStyle.Integer),
        };
        var r = glance + 1;
        foreach (var (label, value, style) in items)
        {
            s.Text(0, r, label, CellStyle.Text);
            s.Text(1, r, null, CellStyle.Text);
            s.Text(2, r, null, CellStyle.Text);
            s.Merge(0, r, 2, r);
            s.Number(3, r, value, style);
            s.Height(r, 18);
            r++;
        }

        Notes(s, report, t, r, 6);
        s.FreezeRow = FirstDataRow;
        s.PrintTitleRows = (1, 3);
        return s;
    }

    private static SheetBuilder MilestoneSheet(MonthlyReport report, ReportText t, string name)
    {
        var s = new SheetBuilder(name, 5.5, 12, 30, 15, 6.5, 11.5, 11.5, 11.5, 8, 18);
        var evaluated = report.Projects.Count > 0 ? report.Projects[0].Status.EvaluatedOn : report.ReportDay;
        TitleRows(s, report, t, t.Pick($"{report.District}重点项目里程碑节点情况表（{t.MonthName(report.Month)}）", $"{t.Title(report)}: milestones, {t.MonthName(report.Month)}"), 9);
        s.Text(0, 2, t.Pick(
            string.Create(Ic, $"评级：绿灯 已完成或按计划；黄灯 逾期 {report.Rules.MilestoneWarningDays} 天以内或预计推迟；红灯 逾期超过 {report.Rules.MilestoneWarningDays} 天。判定日 {ReportText.Date(evaluated)}"),
            string.Create(Ic, $"Rating: green reached or on plan; amber overdue up to {report.Rules.MilestoneWarningDays} days or forecast late; red overdue beyond. Judged on {ReportText.Date(evaluated)}")), CellStyle.MetaLeft);
        HeaderRow(s, report.English
            ? ["No.", "Code", "Project", "Milestone", "Weight", "Planned", "Forecast", "Actual", "Rating", "State"]
            : ["序号", "项目编号", "项目名称", "里程碑", "权重", "计划日期", "预计日期", "实际日期", "评级", "完成情况"]);
        var row = FirstDataRow;
        var n = 1;
        foreach (var p in report.Projects)
        {
            foreach (var m in p.Milestones)
            {
                s.Number(0, row, n++, CellStyle.Integer);
                s.Text(1, row, p.Project.Code.Value, CellStyle.TextCentre);
                s.Text(2, row, t.Name(p), CellStyle.Text);
                s.Text(3, row, m.Step.Name(report.English), CellStyle.Text);
                s.Number(4, row, m.Applicable ? m.Weight : null, CellStyle.NumberCentre);
                s.Date(5, row, m.Planned, CellStyle.Date);
                s.Date(6, row, m.Forecast, CellStyle.Date);
                s.Date(7, row, m.Actual, CellStyle.Date);
                s.Text(8, row, t.Rag(m.Rag), RagStyle(m.Rag));
                s.Text(9, row, t.MilestoneState(m), CellStyle.TextCentre);
                var lines = Math.Max(SheetBuilder.Lines(t.Name(p), s.Width(2)), SheetBuilder.Lines(m.Step.Name(report.English), s.Width(3)));
                s.Height(row, Math.Max(18, (lines * 12.5) + 4));
                row++;
            }
        }

        Notes(s, report, t, row, 9);
        s.FreezeRow = FirstDataRow;
        s.FreezeColumn = 4;
        s.PrintTitleRows = (1, 3);
        s.AutoFilter = SheetBuilder.Ref(0, 3) + ":" + SheetBuilder.Ref(9, Math.Max(FirstDataRow, row - 1));
        return s;
    }

    private static void TitleRows(SheetBuilder s, MonthlyReport report, ReportText t, string title, int lastColumn)
    {
        s.Text(0, 1, title, CellStyle.Title);
        s.Merge(0, 1, lastColumn, 1);
        s.Height(1, 32);
        var split = lastColumn / 2;
        var org = report.Organisation.Length > 0 ? report.Organisation : report.District;
        s.Text(0, 2, org.Length > 0 ? t.Pick("填报单位：", "Compiled by: ") + org : string.Empty, CellStyle.MetaLeft);
        s.Merge(0, 2, split, 2);
        s.Text(split + 1, 2, t.Pick(
            $"报告期：{t.MonthName(report.Month)}　数据截至：{ReportText.Date(report.ReportDay)} 24:00　金额单位：万元",
            $"Period: {t.MonthName(report.Month)}   Figures as at {ReportText.Date(report.ReportDay)} 24:00   Amounts in 万元 (10,000 yuan)"), CellStyle.MetaRight);
        s.Merge(split + 1, 2, lastColumn, 2);
        s.Height(2, 20);
        s.FooterLeft = t.Credit(report);
        s.FooterRight = t.MonthName(report.Month);
        s.PageNumberText = t.Pick("第 &P 页，共 &N 页", "Page &P of &N");
    }

    private static void HeaderRow(SheetBuilder s, IReadOnlyList<string> headers)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            s.Text(i, 3, headers[i], CellStyle.Header);
        }

        s.Height(3, 32);
    }

    private static void Notes(SheetBuilder s, MonthlyReport report, ReportText t, uint row, int lastColumn)
    {
        var width = Enumerable.Range(0, lastColumn + 1).Sum(s.Width);
        foreach (var text in new[] { t.RulesNote(report.Rules), t.Credit(report) })
        {
            row++;
            s.Text(0, row, text, CellStyle.Note);
            s.Merge(0, row, lastColumn, row);
            s.Height(row, (SheetBuilder.Lines(text, width * 1.1) * 12) + 4);
        }
    }

    private static string Rate(int numeratorColumn, int denominatorColumn, uint row)
    {
        var num = SheetBuilder.Ref(numeratorColumn, row);
        var den = SheetBuilder.Ref(denominatorColumn, row);
        return $"IF({den}>0,{num}/{den},\"\")";
    }

    private static decimal? Ratio(decimal part, decimal whole) => whole > 0 ? decimal.Round(part / whole, 12) : null;

    private static CellStyle StatusStyle(StatusLevel level) => level switch
    {
        StatusLevel.Normal => CellStyle.Green,
        StatusLevel.Warning => CellStyle.Amber,
        _ => CellStyle.Red,
    };

    private static CellStyle RagStyle(Rag rag) => rag switch
    {
        Rag.Green => CellStyle.Green,
        Rag.Amber => CellStyle.Amber,
        Rag.Red => CellStyle.Red,
        _ => CellStyle.Unrated,
    };
}
