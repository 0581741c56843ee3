using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;
using static ProjectMap.Domain.Tests.Ledger.LedgerBuilder;

namespace ProjectMap.Domain.Tests.Ledger;

public sealed class StatusCalculatorTests
{
    private static LedgerBuilder Planned() => new LedgerBuilder(totalWan: 1000m, start: new DateOnly(2023, 1, 1), completion: new DateOnly(2023, 12, 31))
        .Milestone("签约", At(2023, 1, 2), planned: new DateOnly(2023, 1, 1), actual: new DateOnly(2023, 1, 1))
        .Milestone("开工", At(2023, 1, 2), planned: new DateOnly(2023, 3, 1))
        .Milestone("竣工验收", At(2023, 1, 2), planned: new DateOnly(2023, 12, 1))
        .Plan(2023, 1200m);

    [Fact]
    public void Compute_MilestoneOverdueUpTo30Days_WarnsWithDaysAndPlan()
    {
        var s = Planned().Status(2023, 3, asOf: EffectiveTime.EndOfDay(new DateOnly(2023, 3, 31)));
        var overdue = Assert.Single(s.Reasons, r => r.Kind == ReasonKind.MilestoneOverdue);
        Assert.Equal(StatusLevel.Warning, overdue.Level);
        Assert.Equal("开工 计划 2023-03-01，截至 2023-03-31 未完成，逾期 30 天（未超过 30 天，预警）", overdue.Zh);
        Assert.Equal("Construction started planned 2023-03-01 not reached by 2023-03-31: 30 days overdue (within 30 days: warning)", overdue.En);
    }

    [Fact]
    public void Compute_MilestoneOverdueMoreThan30Days_IsDelayed()
    {
        var s = Planned().Return(2023, 1, 100m).Return(2023, 2, 100m).Return(2023, 3, 100m).Return(2023, 4, 100m).Status(2023, 4);
        Assert.Equal(StatusLevel.Delayed, s.Level);
        Assert.Contains(s.Reasons, r => r.Kind == ReasonKind.MilestoneOverdue && r.Level == StatusLevel.Delayed && r.En.Contains("60 days overdue", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_PlanMovedWithReason_ReasonNamesOldPlanAndWhy()
    {
        var b = Planned().Milestone("开工", At(2023, 2, 20), planned: new DateOnly(2023, 4, 1), reason: "审批延迟");
        var s = b.Status(2023, 5);
        var r = Assert.Single(s.Reasons, r => r.Kind == ReasonKind.MilestoneOverdue);
        Assert.Contains("（原计划 2023-03-01，调整原因：审批延迟）", r.Zh, StringComparison.Ordinal);
        Assert.Contains("(moved from 2023-03-01: 审批延迟)", r.En, StringComparison.Ordinal);
        Assert.Equal(StatusLevel.Delayed, r.Level);
    }

    [Fact]
    public void Compute_ForecastLaterThanPlan_Warns()
    {
        var s = Planned().Milestone("开工", At(2023, 2, 1), actual: new DateOnly(2023, 2, 1))
            .Milestone("竣工验收", At(2023, 6, 1), forecast: new DateOnly(2023, 12, 20))
            .Return(2023, 6, 600m).Status(2023, 6);
        var r = Assert.Single(s.Reasons, r => r.Kind == ReasonKind.ForecastLate);
        Assert.Equal(StatusLevel.Warning, r.Level);
        Assert.Equal("Completion acceptance forecast 2023-12-20 is 19 days later than planned 2023-12-01", r.En);
        Assert.Equal(StatusLevel.Normal, Planned().Milestone("开工", At(2023, 2, 1), actual: new DateOnly(2023, 2, 1))
            .Milestone("竣工验收", At(2023, 6, 1), forecast: new DateOnly(2023, 12, 20)).Return(2023, 6, 600m)
            .Status(2023, 6, rules: StatusRules.Default with { WarnOnLateForecast = false }).Level);
    }

    [Theory]
    [InlineData(600, StatusLevel.Normal, ReasonKind.InvestmentOnPlan)] // 50 % of the plan, 50 % of the period elapsed
    [InlineData(400, StatusLevel.Warning, ReasonKind.InvestmentBehind)] // 33.3 %: 16.7 points behind, more than 15
    [InlineData(300, StatusLevel.Warning, ReasonKind.InvestmentBehind)] // 25 %: 25 points behind
    [InlineData(200, StatusLevel.Delayed, ReasonKind.InvestmentBehind)] // 16.7 %: 33.3 points behind, more than 30
    public void Compute_InvestmentAgainstYearPlan_GivesLevel(int yearToDate, StatusLevel expected, ReasonKind kind)
    {
        var s = Planned().Milestone("开工", At(2023, 2, 1), actual: new DateOnly(2023, 2, 1)).Return(2023, 6, yearToDate).Status(2023, 6);
        var r = Assert.Single(s.Reasons, r => r.Kind is ReasonKind.InvestmentOnPlan or ReasonKind.InvestmentBehind);
        Assert.Equal((expected, kind), (r.Level, r.Kind));
        Assert.Equal(expected, s.Level);
    }

    [Fact]
    public void Compute_InvestmentBehind_ReasonGivesFiguresInBothLanguages()
    {
        var s = Planned().Milestone("开工", At(2023, 2, 1), actual: new DateOnly(2023, 2, 1)).Return(2023, 6, 300m).Status(2023, 6);
        var r = Assert.Single(s.Reasons, r => r.Kind == ReasonKind.InvestmentBehind);
        Assert.Equal("2023 年累计完成投资 300 万元，占年度计划 1,200 万元的 25%（计划期时间进度 50%，落后 25 个百分点，超过 15 个百分点：预警）", r.Zh);
        Assert.Equal("2023 investment to date 300 万元 = 25% of the year plan 1,200 万元 (50% of the year's plan period elapsed; 25 points behind, more than 15: warning)", r.En);
    }

    [Fact]
    public void Compute_CumulativeReachedTotal_InvestmentNotCheckedAgainstYear()
    {
        var s = Planned().Return(2023, 1, 1000m).Status(2023, 2);
        Assert.Contains(s.Reasons, r => r.Kind == ReasonKind.InvestmentComplete && r.Level == StatusLevel.Normal);
        Assert.DoesNotContain(s.Reasons, r => r.Kind == ReasonKind.InvestmentBehind);
    }

    [Fact]
    public void Compute_NoAnnualPlan_SaysInvestmentNotChecked()
    {
        var s = new LedgerBuilder().Milestone("开工", At(2023, 1, 2), planned: new DateOnly(2023, 9, 1)).Return(2023, 3, 10m).Status(2023, 3);
        Assert.Contains(s.Reasons, r => r.Kind == ReasonKind.NoAnnualPlan && r.Zh == "无 2023 年度投资计划，投资进度未检查");
        Assert.Equal(StatusLevel.Normal, s.Level);
    }

    [Fact]
    public void Compute_NoReturnForMonth_SaysSoWithoutRaisingLevel()
    {
        var s = Planned().Milestone("开工", At(2023, 2, 1), actual: new DateOnly(2023, 2, 1)).Return(2023, 1, 100m).Status(2023, 2);
        Assert.Contains(s.Reasons, r => r.Kind == ReasonKind.NoMonthlyReturn && r.Level == StatusLevel.Normal && r.En == "no investment return filed for 2023-02");
        Assert.False(s.MonthReturnFiled);
        Assert.Equal(0m, s.MonthInvestmentWan);
    }

    [Fact]
    public void Compute_NoMilestones_SaysScheduleNotChecked()
    {
        var s = new LedgerBuilder().Status(2023, 5);
        Assert.Contains(s.Reasons, r => r.Kind == ReasonKind.NoMilestonePlan);
        Assert.Null(s.Stage);
        Assert.Equal(0m, s.ScheduleProgressPct);
    }

    [Fact]
    public void Compute_OnTime_NormalWithStageAndNextMilestone()
    {
        var s = Planned().Milestone("开工", At(2023, 3, 2), actual: new DateOnly(2023, 3, 1)).Return(2023, 3, 300m).Status(2023, 3);
        Assert.Equal(StatusLevel.Normal, s.Level);
        var r = Assert.Single(s.Reasons, r => r.Kind == ReasonKind.MilestonesOnTime);
        Assert.Equal("里程碑均按计划推进，无逾期；当前阶段 开工（2023-03-01 完成），下一节点 竣工验收 计划 2023-12-01", r.Zh);
        Assert.Equal("开工", s.Stage!.NameZh);
    }

    [Fact]
    public void Compute_ProgressFigures_WeightedAndKeptApart()
    {
        // 签约 5 + 开工 15 reached out of 100 (no step marked not applicable); investment 300 of 1000.
        var s = Planned().Milestone("开工", At(2023, 3, 2), actual: new DateOnly(2023, 3, 1)).Return(2023, 2, 100m).Return(2023, 3, 200m).Status(2023, 3);
        Assert.Equal(20.0m, s.ScheduleProgressPct);
        Assert.Equal(30.0m, s.InvestmentProgressPct);
        Assert.Equal(200m, s.MonthInvestmentWan);
        Assert.Equal(300m, s.CumulativeInvestmentWan);
    }

    [Fact]
    public void Compute_StepsNotApplicable_LeftOutOfScheduleProgress()
    {
        var b = new LedgerBuilder().Milestone("签约", At(2023, 1, 2), planned: new DateOnly(2023, 1, 1), actual: new DateOnly(2023, 1, 1));
        foreach (var step in new[] { "供地", "主体结构封顶", "内部装修" })
        {
            b.Milestone(step, At(2023, 1, 2), applicable: false);
        }

        b.Milestone("开工", At(2023, 2, 2), actual: new DateOnly(2023, 2, 1));
        // applicable: 签约 5, 开工 15, 设备安装调试 15, 竣工验收 10, 投产 5 = 50; reached 20 → 40 %.
        Assert.Equal(40.0m, b.Status(2023, 2).ScheduleProgressPct);
    }

    [Fact]
    public void Compute_StageIsLatestInChainOrder_NotLatestDate()
    {
        var b = new LedgerBuilder()
            .Milestone("开工", At(2023, 5, 2), actual: new DateOnly(2023, 5, 1))
            .Milestone("签约", At(2023, 5, 3), actual: new DateOnly(2023, 5, 3));
        Assert.Equal("开工", b.Status(2023, 5).Stage!.NameZh);
    }

    [Fact]
    public void ElapsedPlanPct_ProjectStartingInJune_CountsFromJune()
    {
        var p = new LedgerBuilder(start: new DateOnly(2023, 6, 1), completion: new DateOnly(2023, 11, 30)).Project;
        Assert.Equal(0m, StatusCalculator.ElapsedPlanPct(p, new YearMonth(2023, 5)));
        Assert.Equal(16.7m, StatusCalculator.ElapsedPlanPct(p, new YearMonth(2023, 6)));
        Assert.Equal(100m, StatusCalculator.ElapsedPlanPct(p, new YearMonth(2023, 11)));
        Assert.Equal(100m, StatusCalculator.ElapsedPlanPct(p, new YearMonth(2023, 12)));
        Assert.Equal(25m, StatusCalculator.ElapsedPlanPct(new LedgerBuilder().Project, new YearMonth(2024, 3)));
    }

    [Fact]
    public void Compute_AsOfBeforeMonthEnd_JudgesMilestonesOnThatDay()
    {
        var s = Planned().Status(2023, 3, asOf: EffectiveTime.EndOfDay(new DateOnly(2023, 3, 10)));
        Assert.Equal(new DateOnly(2023, 3, 10), s.EvaluatedOn);
        Assert.Contains(s.Reasons, r => r.Kind == ReasonKind.MilestoneOverdue && r.En.Contains("9 days overdue", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_RulesConfigured_ThresholdsApply()
    {
        var b = Planned();
        Assert.Equal(StatusLevel.Delayed, b.Status(2023, 3, rules: StatusRules.Default with { MilestoneWarningDays = 10 }).Level);
        Assert.Throws<LedgerRuleException>(() => b.Status(2023, 3, rules: StatusRules.Default with { InvestmentDelayedPoints = 5 }));
    }
}
