using ProjectMap.Domain.Ledger;
using static ProjectMap.Domain.Tests.Ledger.LedgerBuilder;

namespace ProjectMap.Domain.Tests.Ledger;

public sealed class MilestonePlannerTests
{
    [Fact]
    public void Plan_FirstUpdate_CreatesWholeTemplateChainAndOneChange()
    {
        var b = new LedgerBuilder();
        var plan = MilestonePlanner.Plan(b.Ledger, MilestoneTemplate.Default, new MilestoneUpdate
        {
            Code = b.Project.Code, Step = "Structure topped out", Planned = new DateOnly(2023, 8, 31), By = "王建国", RecordedAt = At(2023, 1, 10),
        });
        Assert.Equal(8, plan.NewMilestones.Count);
        var change = Assert.Single(plan.Changes);
        Assert.Equal(("topping-out", MilestoneField.Planned, null, "2023-08-31"), (change.StepKey, change.Field, change.OldValue, change.NewValue));
        Assert.Equal(EffectiveTime.Baseline, change.EffectiveAt);
    }

    [Fact]
    public void Plan_PlannedDateMovedWithoutReason_Refused()
    {
        var b = new LedgerBuilder().Milestone("主体结构封顶", At(2023, 1, 10), planned: new DateOnly(2023, 8, 31));
        var e = Assert.Throws<LedgerRuleException>(() => b.Milestone("主体结构封顶", At(2023, 8, 20), planned: new DateOnly(2023, 10, 31)));
        Assert.Equal("reason", e.Field);
        Assert.Contains("give the reason (原因)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_PlannedDateMovedWithReason_KeepsWhoWhenOldNewWhy()
    {
        var b = new LedgerBuilder().Milestone("主体结构封顶", At(2023, 1, 10), planned: new DateOnly(2023, 8, 31))
            .Milestone("主体结构封顶", At(2023, 8, 20), planned: new DateOnly(2023, 10, 31), reason: "钢结构供货延迟");
        var change = b.Ledger.MilestoneChanges[^1];
        Assert.Equal(("2023-08-31", "2023-10-31", "钢结构供货延迟", "测试员", At(2023, 8, 20)), (change.OldValue, change.NewValue, change.Reason, change.ChangedBy, change.RecordedAt));
        Assert.Equal(At(2023, 8, 20), change.EffectiveAt);
        Assert.Equal(new DateOnly(2023, 8, 31), b.Ledger.MilestonesAsOf(At(2023, 8, 19)).Single(m => m.Step.Key == "topping-out").Planned);
    }

    [Fact]
    public void Plan_ActualDateAfterRecordingDay_Refused()
    {
        var e = Assert.Throws<LedgerRuleException>(() => new LedgerBuilder().Milestone("开工", At(2023, 3, 1), actual: new DateOnly(2023, 3, 2)));
        Assert.Equal("actual", e.Field);
    }

    [Fact]
    public void Plan_UnknownMilestone_RefusedNamingTheKnownOnes()
    {
        var e = Assert.Throws<LedgerRuleException>(() => new LedgerBuilder().Milestone("封顶啦", At(2023, 3, 1), planned: new DateOnly(2023, 3, 2)));
        Assert.Equal("step", e.Field);
        Assert.Contains("主体结构封顶 (topping-out)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_RecordedBeforeLatestChange_Refused()
    {
        var b = new LedgerBuilder().Milestone("开工", At(2023, 3, 10), planned: new DateOnly(2023, 3, 1));
        var e = Assert.Throws<LedgerRuleException>(() => b.Milestone("开工", At(2023, 3, 5), actual: new DateOnly(2023, 3, 1)));
        Assert.Equal("recordedAt", e.Field);
    }

    [Fact]
    public void Plan_SameValuesAgain_ChangesNothing()
    {
        var b = new LedgerBuilder().Milestone("开工", At(2023, 3, 10), planned: new DateOnly(2023, 3, 1));
        var plan = MilestonePlanner.Plan(b.Ledger, MilestoneTemplate.Default, new MilestoneUpdate { Code = b.Project.Code, Step = "start", Planned = new DateOnly(2023, 3, 1), By = "x", RecordedAt = At(2023, 4, 1) });
        Assert.True(plan.IsEmpty);
    }

    [Fact]
    public void MilestonesAsOf_ActualRecordedLate_CountsFromItsDayButCorrectionFromRecording()
    {
        var b = new LedgerBuilder().Milestone("开工", At(2023, 1, 10), planned: new DateOnly(2023, 3, 1))
            .Milestone("开工", At(2023, 4, 5), actual: new DateOnly(2023, 3, 28))
            .Milestone("开工", At(2023, 5, 5), actual: new DateOnly(2023, 3, 30), reason: "核对施工许可");
        DateOnly? ActualAt(DateTimeOffset t) => b.Ledger.MilestonesAsOf(t).Single(m => m.Step.Key == "start").Actual;
        Assert.Null(ActualAt(At(2023, 3, 27, 23)));
        Assert.Equal(new DateOnly(2023, 3, 28), ActualAt(EffectiveTime.EndOfDay(new DateOnly(2023, 3, 31))));
        Assert.Equal(new DateOnly(2023, 3, 30), ActualAt(At(2023, 5, 6)));
    }
}
