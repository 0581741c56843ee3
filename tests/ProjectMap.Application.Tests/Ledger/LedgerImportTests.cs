using ProjectMap.Application.Ledger;
using ProjectMap.Application.Ledger.Import;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Tests.Ledger;

public sealed class LedgerImportTests
{
    [Fact]
    public async Task ImportAsync_BadRowsXlsx_ReportsEveryBadRowAndChangesNothing()
    {
        await using var district = await SampleDistrict.CreateAsync(withLedger: true);
        var before = await district.SnapshotAsync();

        var e = await Assert.ThrowsAsync<LedgerImportException>(() => district.ImportAsync(SampleDistrict.TestData("issue5-bad-rows.xlsx")));

        var found = e.Problems.Select(p => (p.Sheet, p.Row, p.Column)).ToList();
        Assert.Equal(
            [
                ("月度投资", 3, "A (项目编号)"), ("月度投资", 4, "B (月份)"), ("月度投资", 5, "C (完成投资（万元）)"), ("月度投资", 6, "A (项目编号)"),
                ("月度投资", 7, "D (原因)"), ("月度投资", 8, "C (完成投资（万元）)"),
                ("里程碑", 3, "B (里程碑)"), ("里程碑", 4, "E (原因)"), ("里程碑", 5, "D (实际日期)"), ("里程碑", 6, "C (计划日期)"),
            ],
            found.OrderBy(f => f.Sheet == "里程碑").ThenBy(f => f.Row).ToList());
        Assert.Contains(e.Problems, p => p.Row == 3 && p.Sheet == "月度投资" && p.Problem.Contains("no project 'WJ2023-009'", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Row == 7 && p.Problem.Contains("a correction needs a reason", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Row == 8 && p.Problem.Contains("outside 0..", StringComparison.Ordinal));
        Assert.Equal("issue5-bad-rows.xlsx: sheet 月度投资, row 4, column B (月份): '2023-13' is not a month; write it as 2023-11", e.Problems.Single(p => p.Row == 4 && p.Sheet == "月度投资").ToString());
        Assert.Equal(before, await district.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_BadRowsXlsxIntoEmptyLedger_ChangesNothing()
    {
        await using var district = await SampleDistrict.CreateAsync(withLedger: false);
        var before = await district.SnapshotAsync();
        await Assert.ThrowsAsync<LedgerImportException>(() => district.ImportAsync(SampleDistrict.TestData("issue5-bad-rows.xlsx")));
        Assert.Equal(before, await district.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_BadRowsSkipInvalid_ImportsGoodRowsAndListsTheRest()
    {
        await using var district = await SampleDistrict.CreateAsync(withLedger: false);
        var result = await district.ImportAsync(SampleDistrict.TestData("issue5-bad-rows.xlsx"), skipInvalid: true);

        Assert.Equal(10, result.Skipped.Count);
        Assert.Equal(3, result.RowsApplied);
        Assert.Single(result.Warnings);
        Assert.Contains("sheet 说明 is not a ledger table", result.Warnings[0], StringComparison.Ordinal);
        var ledger = await district.Store.Ledger.GetAsync(Domain.Projects.ProjectCode.Parse("WJ2023-001"));
        Assert.Equal([(new YearMonth(2023, 1), 1500m), (new YearMonth(2023, 6), 2600m)], ledger.Investment.Select(i => (i.Month, i.AmountWan)));
        Assert.Equal(new DateOnly(2023, 3, 15), ledger.CurrentMilestones().Single(m => m.Step.Key == "start").Planned);
    }

    [Fact]
    public async Task ImportAsync_GbkCsvFromExcel_ReadsChineseQuotesAndUnitsAndReportsBadRows()
    {
        await using var district = await SampleDistrict.CreateAsync(withLedger: false);
        var before = await district.SnapshotAsync();
        var e = await Assert.ThrowsAsync<LedgerImportException>(() => district.ImportAsync(SampleDistrict.TestData("issue5-bad-rows-gbk.csv")));
        Assert.Equal([(3, "3 (完成投资（万元）)"), (5, "6 (填报时间)")], e.Problems.Select(p => (p.Row, p.Column)));
        Assert.Equal(before, await district.SnapshotAsync());

        var result = await district.ImportAsync(SampleDistrict.TestData("issue5-bad-rows-gbk.csv"), skipInvalid: true);
        Assert.Equal(2, result.InvestmentEntries);
        var entries = (await district.Store.Ledger.GetAsync(Domain.Projects.ProjectCode.Parse("WJ2023-002"))).Investment;
        Assert.Equal([(new YearMonth(2023, 3), 1200m, ""), (new YearMonth(2023, 5), 400m, "说明：含\"设备款\",分两笔")], entries.Select(i => (i.Month, i.AmountWan, i.Reason)));
        Assert.Equal(new DateTimeOffset(2023, 3, 31, 17, 0, 0, TimeSpan.FromHours(8)), entries[0].RecordedAt);
        Assert.Equal("王建国", entries[0].RecordedBy);
    }

    [Fact]
    public async Task ImportAsync_SameFilesTwice_SecondTimeChangesNothing()
    {
        await using var district = await SampleDistrict.CreateAsync(withLedger: true);
        var before = await district.SnapshotAsync();
        foreach (var file in SampleDistrict.LedgerFiles)
        {
            var result = await district.ImportAsync(Path.Combine(SampleDistrict.DistrictFolder, file));
            Assert.Equal(0, result.RowsApplied);
        }

        Assert.Equal(before, await district.SnapshotAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ExportAsync_XlsxImportedIntoFreshStore_SameStatusEveryMonthAndAsOf(bool english)
    {
        await using var source = await SampleDistrict.CreateAsync(withLedger: true);
        var xlsx = Path.Combine(source.Directory, "ledger.xlsx");
        await LedgerExportService.ExportAsync(source.Store, xlsx, Enum.GetValues<LedgerTable>(), english);

        await using var target = await SampleDistrict.CreateAsync(withLedger: false);
        var result = await target.ImportAsync(xlsx);
        Assert.Empty(result.Skipped);

        foreach (var month in Enumerable.Range(0, 14).Select(i => new YearMonth(2023, 1).AddMonths(i)))
        {
            foreach (DateTimeOffset? asOf in new DateTimeOffset?[] { null, new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.FromHours(8)) })
            {
                var a = await StatusReportService.BuildAsync(source.Store, month, StatusRules.Default, asOf);
                var b = await StatusReportService.BuildAsync(target.Store, month, StatusRules.Default, asOf);
                Assert.Equal(a.Select(Describe), b.Select(Describe));
            }
        }

        var again = await target.ImportAsync(xlsx);
        Assert.Equal(0, again.RowsApplied);
    }

    [Fact]
    public async Task ExportAsync_InvestmentCsv_ImportsBackIntoFreshStoreWithCorrection()
    {
        await using var source = await SampleDistrict.CreateAsync(withLedger: true);
        var csv = Path.Combine(source.Directory, "investment.csv");
        await LedgerExportService.ExportAsync(source.Store, csv, [LedgerTable.Investment], english: true);
        await using var target = await SampleDistrict.CreateAsync(withLedger: false);
        var result = await target.ImportAsync(csv);
        Assert.Equal(51, result.InvestmentEntries);
        var entries = (await target.Store.Ledger.GetAsync(Domain.Projects.ProjectCode.Parse("WJ2023-002"))).Investment;
        var correction = Assert.Single(entries, e => e.CorrectsId is not null);
        Assert.Equal((1150m, new DateTimeOffset(2024, 1, 10, 10, 0, 0, TimeSpan.FromHours(8))), (correction.AmountWan, correction.EffectiveAt));
    }

    private static string Describe(ProjectStatus s) =>
        $"{s.Code} {s.Level} {s.Stage?.Key} {s.ScheduleProgressPct} {s.InvestmentProgressPct} {s.MonthInvestmentWan} {s.CumulativeInvestmentWan} {s.AnnualPlanWan} {string.Join("|", s.Reasons.Select(r => r.En))}";
}
