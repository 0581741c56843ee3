using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Time;
using ProjectMap.Reports.Excel;
using ProjectMap.Storage.GeoPackage;
using ProjectMap.Testing;

namespace ProjectMap.Reports.Tests;

/// <summary>The demo's December 2023 workbook read back with the Open XML SDK and checked value by value against the ledger.</summary>
[Collection(SampleReportCollection.Name)]
public sealed class MonthlyWorkbookTests(SampleReportFixture sample)
{
    private const string Progress = "项目进展";
    private const string Summary = "汇总";
    private const string Milestones = "里程碑";
    private static readonly DateTimeOffset AsOf = DistrictTime.EndOf(SampleReportFixture.Month);

    private WorkbookReader Workbook => WorkbookReader.Open(sample.File("monthly-report-2023-12.xlsx"));

    [Fact]
    public void Workbook_SampleDecember_HasTheThreeSheetsInOrder()
    {
        Assert.Equal([Summary, Progress, Milestones], Workbook.SheetNames);
    }

    [Fact]
    public void ProgressSheet_EveryProjectRow_EqualsTheLedgerAtTheMonthsEnd()
    {
        var book = Workbook;
        Assert.Equal(MonthlyWorkbookWriter.ProgressHeadersZh, Enumerable.Range(0, 13).Select(c => book.Cell(Progress, Ref(c, 3)).Value));
        Assert.Equal(6, sample.Projects.Count);
        for (var i = 0; i < sample.Projects.Count; i++)
        {
            var p = sample.Projects[i];
            var ledger = sample.Ledgers[p.Code];
            var row = (uint)(4 + i);
            var returns = ledger.InvestmentAsOf(AsOf).Where(e => e.Month <= SampleReportFixture.Month).ToList();
            var cumulative = returns.Sum(e => e.AmountWan);
            var month = returns.Where(e => e.Month == SampleReportFixture.Month).Sum(e => e.AmountWan);
            var plan = ledger.AnnualPlansAsOf(AsOf).SingleOrDefault(a => a.Year == 2023)?.PlanWan;

            Assert.Equal(i + 1, (int)book.Cell(Progress, Ref(0, row)).Number);
            Assert.Equal(p.NameZh, book.Cell(Progress, Ref(1, row)).Value);
            Assert.Equal(p.Location, book.Cell(Progress, Ref(2, row)).Value);
            Assert.Equal(p.PlannedInvestmentWan, book.Cell(Progress, Ref(3, row)).Number);
            if (plan is { } planWan)
            {
                Assert.Equal(planWan, book.Cell(Progress, Ref(4, row)).Number);
            }
            else
            {
                Assert.Null(book.Cell(Progress, Ref(4, row)).Value);
            }

            Assert.Equal(month, book.Cell(Progress, Ref(5, row)).Number);
            Assert.Equal(cumulative, book.Cell(Progress, Ref(6, row)).Number);
            var rate = book.Cell(Progress, Ref(7, row));
            Assert.Equal($"IF(D{row}>0,G{row}/D{row},\"\")", rate.Formula);
            Assert.Equal((double)(cumulative / p.PlannedInvestmentWan), (double)rate.Number, 9);
            var planned = p.PlannedCompletion ?? ledger.MilestonesAsOf(AsOf).Single(m => m.Step.Key == "acceptance").Planned;
            Assert.Equal(planned, book.Cell(Progress, Ref(9, row)).Date);
            Assert.Contains(book.Cell(Progress, Ref(10, row)).Value, new[] { "正常", "预警", "滞后" });
        }
    }

    [Fact]
    public async Task ProgressSheet_LatestPhotoDate_IsTheLastCaptureUpToTheMonth()
    {
        var book = Workbook;
        await using var store = await GeoPackageStore.OpenAsync(sample.Db, create: false);
        for (var i = 0; i < sample.Projects.Count; i++)
        {
            var photos = await store.Photos.ListAsync(new PhotoQuery(sample.Projects[i].Code.Value));
            var days = photos.Where(ph => ph.CapturedAt is { } at && at <= AsOf).Select(ph => DistrictTime.DateOf(ph.CapturedAt!.Value)).ToList();
            var cell = book.Cell(Progress, Ref(12, (uint)(4 + i)));
            if (days.Count == 0)
            {
                Assert.Null(cell.Value);
            }
            else
            {
                Assert.Equal(days.Max(), cell.Date);
            }
        }
    }

    [Fact]
    public void ProgressSheet_TotalRow_IsSumFormulasWhoseCachedValuesEqualTheLedger()
    {
        var book = Workbook;
        var total = (uint)(4 + sample.Projects.Count);
        var ledgerTotals = new[]
        {
            sample.Projects.Sum(p => p.PlannedInvestmentWan),
            sample.Projects.Sum(p => sample.Ledgers[p.Code].AnnualPlansAsOf(AsOf).Where(a => a.Year == 2023).Sum(a => a.PlanWan)),
            sample.Projects.Sum(p => sample.Ledgers[p.Code].InvestmentAsOf(AsOf).Where(e => e.Month == SampleReportFixture.Month).Sum(e => e.AmountWan)),
            sample.Projects.Sum(p => sample.Ledgers[p.Code].InvestmentAsOf(AsOf).Where(e => e.Month <= SampleReportFixture.Month).Sum(e => e.AmountWan)),
        };
        Assert.Equal("合计", book.Cell(Progress, $"A{total}").Value);
        for (var c = 3; c <= 6; c++)
        {
            var cell = book.Cell(Progress, Ref(c, total));
            var column = Ref(c, 0).TrimEnd('0');
            Assert.Equal($"SUM({column}4:{column}{total - 1})", cell.Formula);
            Assert.Equal(ledgerTotals[c - 3], cell.Number);
        }

        Assert.Equal($"IF(D{total}>0,G{total}/D{total},\"\")", book.Cell(Progress, Ref(7, total)).Formula);
    }

    [Fact]
    public void SummarySheet_StatusRowsAndTotal_AreFormulasOverTheProgressSheet()
    {
        var book = Workbook;
        var statuses = Enumerable.Range(0, sample.Projects.Count).Select(i => book.Cell(Progress, Ref(10, (uint)(4 + i))).Value).ToList();
        var labels = new[] { "正常", "预警", "滞后" };
        for (var i = 0; i < 3; i++)
        {
            var row = (uint)(4 + i);
            Assert.Equal(labels[i], book.Cell(Summary, $"A{row}").Value);
            var count = book.Cell(Summary, $"B{row}");
            Assert.StartsWith("COUNTIF(", count.Formula, StringComparison.Ordinal);
            Assert.Equal(statuses.Count(s => s == labels[i]), (int)count.Number);
            var cumulative = book.Cell(Summary, $"F{row}");
            Assert.StartsWith("SUMIF(", cumulative.Formula, StringComparison.Ordinal);
            var expected = sample.Projects.Where((p, k) => statuses[k] == labels[i])
                .Sum(p => sample.Ledgers[p.Code].InvestmentAsOf(AsOf).Where(e => e.Month <= SampleReportFixture.Month).Sum(e => e.AmountWan));
            Assert.Equal(expected, cumulative.Number);
        }

        Assert.Equal("SUM(B4:B6)", book.Cell(Summary, "B7").Formula);
        Assert.Equal(sample.Projects.Count, (int)book.Cell(Summary, "B7").Number);
        Assert.Equal(sample.Projects.Sum(p => p.PlannedInvestmentWan), book.Cell(Summary, "C7").Number);
    }

    [Fact]
    public void MilestoneSheet_EveryMilestone_EqualsTheLedgerAtTheMonthsEnd()
    {
        var book = Workbook;
        var row = 4u;
        foreach (var p in sample.Projects)
        {
            foreach (var m in sample.Ledgers[p.Code].MilestonesAsOf(AsOf))
            {
                Assert.Equal(p.Code.Value, book.Cell(Milestones, $"B{row}").Value);
                Assert.Equal(p.NameZh, book.Cell(Milestones, $"C{row}").Value);
                Assert.Equal(m.Step.NameZh, book.Cell(Milestones, $"D{row}").Value);
                AssertDate(m.Planned, book.Cell(Milestones, $"F{row}"));
                AssertDate(m.Forecast, book.Cell(Milestones, $"G{row}"));
                AssertDate(m.IsReachedBy(SampleReportFixture.Month.LastDay) ? m.Actual : null, book.Cell(Milestones, $"H{row}"));
                Assert.Contains(book.Cell(Milestones, $"I{row}").Value, new[] { "绿灯", "黄灯", "红灯", "—" });
                row++;
            }
        }

        Assert.Equal(4u + 48u, row);
    }

    [Fact]
    public void Workbook_NumbersAndDates_AreNumericCellsWithNumberFormats()
    {
        var book = Workbook;
        for (var i = 0; i <= sample.Projects.Count; i++)
        {
            var row = (uint)(4 + i);
            for (var c = 3; c <= 6; c++)
            {
                var cell = book.Cell(Progress, Ref(c, row));
                if (cell.Value is null)
                {
                    continue;
                }

                Assert.False(cell.IsText, $"{Ref(c, row)} is text");
                Assert.Equal("#,##0.00", cell.FormatCode);
            }

            Assert.Equal("0.0%", book.Cell(Progress, Ref(7, row)).FormatCode);
            Assert.False(book.Cell(Progress, Ref(7, row)).IsText);
        }

        var date = book.Cell(Progress, "J4");
        Assert.False(date.IsText);
        Assert.Equal("yyyy-mm-dd", date.FormatCode);
        Assert.False(book.Cell(Summary, "C4").IsText);
        Assert.False(book.Cell(Milestones, "F4").IsText);
    }

    [Fact]
    public void Workbook_EverySheet_FreezesItsHeaderAndSetsColumnWidths()
    {
        var book = Workbook;
        foreach (var name in book.SheetNames)
        {
            var sheet = book.Worksheet(name);
            var pane = sheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(3.0, pane.VerticalSplit!.Value);
            var widths = sheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
            Assert.NotEmpty(widths);
            Assert.All(widths, w => Assert.InRange(w, 5, 60));
        }
    }

    [Fact]
    public void Workbook_LibreOfficeHeadless_ConvertsEverySheetAndRecalculatesTheSameTotals()
    {
        using var temp = new TempDirectory();
        var profile = new Uri(temp.Combine("lo-profile")).AbsoluteUri;
        var (code, output, error) = ExternalTool.Run(
            "soffice", $"-env:UserInstallation={profile}", "--headless", "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", temp.Path, sample.File("monthly-report-2023-12.xlsx"));
        Assert.True(code == 0, $"soffice exited {code}: {error}");
        Assert.DoesNotContain("Error", output + error, StringComparison.OrdinalIgnoreCase);
        var progress = File.ReadAllLines(temp.Combine("monthly-report-2023-12-项目进展.csv"));
        var summary = File.ReadAllLines(temp.Combine("monthly-report-2023-12-汇总.csv"));
        Assert.True(File.Exists(temp.Combine("monthly-report-2023-12-里程碑.csv")));
        foreach (var p in sample.Projects)
        {
            Assert.Contains(progress, line => line.Contains(p.NameZh, StringComparison.Ordinal));
        }

        // LibreOffice recalculates the formulas on load (fullCalcOnLoad): its totals must be the ledger's.
        var total = summary.Single(l => l.StartsWith("合计,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(sample.Projects.Count.ToString(CultureInfo.InvariantCulture), total[1]);
        Assert.Equal(sample.Projects.Sum(p => p.PlannedInvestmentWan), decimal.Parse(total[2], CultureInfo.InvariantCulture));
        var cumulative = sample.Projects.Sum(p => sample.Ledgers[p.Code].InvestmentAsOf(AsOf).Where(e => e.Month <= SampleReportFixture.Month).Sum(e => e.AmountWan));
        Assert.Equal(cumulative, decimal.Parse(total[5], CultureInfo.InvariantCulture));
    }

    private static void AssertDate(DateOnly? expected, WorkbookCell cell)
    {
        if (expected is { } day)
        {
            Assert.Equal(day, cell.Date);
        }
        else
        {
            Assert.Null(cell.Value);
        }
    }

    private static string Ref(int column, uint row) => ((char)('A' + column)).ToString() + row.ToString(CultureInfo.InvariantCulture);
}
