using ProjectMap.Application.Ledger;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Tests.Ledger;

/// <summary>The sample district's 2023 ledger gives the story the sample README tells.</summary>
public sealed class SampleLedgerStatusTests
{
    private static async Task<Dictionary<string, ProjectStatus>> StatusAsync(SampleDistrict district, YearMonth month, DateTimeOffset? asOf = null) =>
        (await StatusReportService.BuildAsync(district.Store, month, StatusRules.Default, asOf)).ToDictionary(s => s.Code.Value);

    [Fact]
    public async Task BuildAsync_December2023_XinqihangAtFitOutNormalWithReasons()
    {
        await using var district = await SampleDistrict.CreateAsync(withLedger: true);
        var s = (await StatusAsync(district, new YearMonth(2023, 12)))["WJ2023-001"];

        Assert.Equal("内部装修", s.Stage!.NameZh);
        Assert.Equal(new DateOnly(2023, 11, 20), s.StageReachedOn);
        Assert.Equal(StatusLevel.Normal, s.Level);
        Assert.Equal(
            [
                "里程碑均按计划推进，无逾期；当前阶段 内部装修（2023-11-20 完成），下一节点 设备安装调试 计划 2024-03-31",
                "2023 年累计完成投资 29,000 万元，占年度计划 30,000 万元的 96.7%（计划期时间进度 100%）",
            ],
            s.Reasons.Select(r => r.Zh));
        Assert.Equal("all milestones on time, none overdue; stage Interior fit-out reached 2023-11-20; next Equipment installation and commissioning planned 2024-03-31", s.Reasons[0].En);
        Assert.Equal((70.0m, 70.0m, 2600m, 35000m, 29000m), (s.ScheduleProgressPct, s.InvestmentProgressPct!.Value, s.MonthInvestmentWan, s.CumulativeInvestmentWan, s.YearToDateInvestmentWan));
    }

    [Fact]
    public async Task BuildAsync_December2023_ChangqingDelayedByMovedToppingOutAndInvestment()
    {
        await using var district = await SampleDistrict.CreateAsync(withLedger: true);
        var s = (await StatusAsync(district, new YearMonth(2023, 12)))["WJ2023-002"];

        Assert.Equal(StatusLevel.Delayed, s.Level);
        Assert.Equal("开工", s.Stage!.NameZh);
        Assert.Equal(
            "主体结构封顶 计划 2023-10-31（原计划 2023-08-31，调整原因：钢结构供货延迟），截至 2023-12-31 未完成，逾期 61 天（超过 30 天，滞后）",
            s.Reasons[0].Zh);
        Assert.Contains(s.Reasons, r => r.Kind == ReasonKind.InvestmentBehind && r.Level == StatusLevel.Delayed && r.Zh.Contains("占年度计划 8,000 万元的 63.8%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BuildAsync_December2023_WasteHeatWarningOthersNormal()
    {
        await using var district = await SampleDistrict.CreateAsync(withLedger: true);
        var all = await StatusAsync(district, new YearMonth(2023, 12));

        var s = all["WJ2023-005"];
        Assert.Equal(StatusLevel.Warning, s.Level);
        Assert.Equal("设备安装调试", s.Stage!.NameZh);
        Assert.Equal("Completion acceptance planned 2023-12-15 not reached by 2023-12-31: 16 days overdue (within 30 days: warning)", s.Reasons[0].En);
        Assert.Contains(s.Reasons, r => r.Kind == ReasonKind.InvestmentBehind && r.Level == StatusLevel.Warning && r.En.Contains("72% of the year plan", StringComparison.Ordinal));
        foreach (var code in new[] { "WJ2023-003", "WJ2023-004", "WJ2023-006" })
        {
            Assert.Equal((StatusLevel.Normal, "投产", 100m), (all[code].Level, all[code].Stage!.NameZh, all[code].ScheduleProgressPct));
        }

        Assert.Equal(new DateOnly(2023, 11, 28), all["WJ2023-003"].StageReachedOn);
    }

    [Fact]
    public async Task BuildAsync_November2023AsOfMonthEnd_IgnoresJanuaryCorrectionWhichLaterAsOfSees()
    {
        await using var district = await SampleDistrict.CreateAsync(withLedger: true);
        var november = new YearMonth(2023, 11);
        var atMonthEnd = (await StatusAsync(district, november))["WJ2023-002"];
        var later = (await StatusAsync(district, november, new DateTimeOffset(2024, 1, 31, 23, 0, 0, TimeSpan.FromHours(8))))["WJ2023-002"];

        Assert.Equal((900m, 4800m), (atMonthEnd.MonthInvestmentWan, atMonthEnd.CumulativeInvestmentWan));
        Assert.Equal((1150m, 5050m), (later.MonthInvestmentWan, later.CumulativeInvestmentWan));
    }

    [Fact]
    public async Task BuildAsync_August2023_PlanMoveRecordedOn20thCountsSoToppingOutNotOverdue()
    {
        await using var district = await SampleDistrict.CreateAsync(withLedger: true);
        var s = (await StatusAsync(district, new YearMonth(2023, 8)))["WJ2023-002"];
        Assert.DoesNotContain(s.Reasons, r => r.Kind == ReasonKind.MilestoneOverdue);
        Assert.Equal(StatusLevel.Normal, s.Level);
    }

    [Fact]
    public async Task ProjectsStage_AfterSampleLedger_IsLatestReachedMilestone()
    {
        await using var district = await SampleDistrict.CreateAsync(withLedger: true);
        var stages = (await district.Store.Projects.ListAsync()).ToDictionary(p => p.Code.Value, p => p.Stage);
        Assert.Equal("内部装修", stages["WJ2023-001"]);
        Assert.Equal("开工", stages["WJ2023-002"]);
        Assert.Equal("设备安装调试", stages["WJ2023-005"]);
    }
}
