using ProjectMap.Domain.Ledger;

namespace ProjectMap.Domain.Tests.Ledger;

public sealed class MilestoneTemplateTests
{
    [Fact]
    public void Default_ChainAndWeights_AsDocumented()
    {
        var t = MilestoneTemplate.Default;
        Assert.Equal([5m, 10m, 15m, 25m, 15m, 15m, 10m, 5m], t.Steps.Select(s => s.Weight));
        Assert.Equal("Interior fit-out", t.Find("内部装修")!.NameEn);
        Assert.Equal("fit-out", t.Find(" interior FIT-OUT ")!.Key);
    }

    [Fact]
    public void With_NewStepAtPosition_InsertsAndWithoutRemoves()
    {
        var t = MilestoneTemplate.Default.With(new MilestoneStep("grid", "并网", "Grid connection", 5m), 6);
        Assert.Equal("grid", t.Steps[6].Key);
        Assert.Equal(MilestoneTemplate.Default, t.Without("grid"));
    }

    [Fact]
    public void Constructor_RepeatedNameOrBadWeight_Refused()
    {
        Assert.Throws<LedgerRuleException>(() => MilestoneTemplate.Default.With(new MilestoneStep("again", "开工", "Again", 1m)));
        Assert.Throws<LedgerRuleException>(() => MilestoneTemplate.Default.With(new MilestoneStep("heavy", "重", "Heavy", 101m)));
        Assert.Throws<LedgerRuleException>(() => MilestoneTemplate.Default.With(new MilestoneStep("中文", "键", "Key", 1m)));
    }
}
