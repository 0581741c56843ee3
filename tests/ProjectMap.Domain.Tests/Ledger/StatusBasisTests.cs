using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;
using static ProjectMap.Domain.Tests.Ledger.LedgerBuilder;

namespace ProjectMap.Domain.Tests.Ledger;

public sealed class StatusBasisTests
{
    private static LedgerBuilder History() => new LedgerBuilder(totalWan: 1000m, start: new DateOnly(2023, 1, 1), completion: new DateOnly(2023, 12, 31))
        .Milestone("开工", At(2023, 1, 2), planned: new DateOnly(2023, 3, 1))
        .Milestone("开工", At(2023, 2, 20), planned: new DateOnly(2023, 4, 1), reason: "审批延迟")
        .Milestone("开工", At(2023, 3, 5), planned: new DateOnly(2023, 5, 1), reason: "资金到位推迟")
        .Plan(2023, 1200m)
        .Return(2022, 12, 50.5m)
        .Return(2023, 1, 100.25m)
        .Return(2023, 2, 200m)
        .Return(2023, 2, 180m, At(2023, 4, 10), "填报错误更正");

    [Fact]
    public void Of_MovesAndCorrection_CountsOnlyWhatWasEffectiveAtTheInstant()
    {
        var ledger = History().Ledger;
        var feb = StatusBasis.Of(ledger, new YearMonth(2023, 2), DistrictTime.EndOf(new YearMonth(2023, 2)));
        Assert.Equal(new DateOnly(2023, 4, 1), feb.Milestones.Single(m => m.Step.Key == "start").Planned);
        Assert.Equal([new PlannedDateMove("start", "2023-03-01", "审批延迟")], feb.PlannedDateMoves);
        Assert.Equal((200m, 350.75m, 300.25m, 1200m), (feb.MonthReturnWan!.Value, feb.CumulativeWan, feb.YearToDateWan, feb.AnnualPlanWan!.Value));

        var later = StatusBasis.Of(ledger, new YearMonth(2023, 2), At(2023, 4, 30));
        Assert.Equal([new PlannedDateMove("start", "2023-04-01", "资金到位推迟")], later.PlannedDateMoves);
        Assert.Equal((180m, 330.75m, 280.25m), (later.MonthReturnWan!.Value, later.CumulativeWan, later.YearToDateWan));
    }

    [Fact]
    public void Of_SumsWithTrailingZeros_AreCanonical()
    {
        var basis = StatusBasis.Of(History().Ledger, new YearMonth(2023, 1), DistrictTime.EndOf(new YearMonth(2023, 1)));
        Assert.Equal("150.75", basis.CumulativeWan.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("100.25", basis.YearToDateWan.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Compute_FromBasis_EqualsComputeFromLedger()
    {
        var b = History();
        var month = new YearMonth(2023, 5);
        var fromLedger = b.Status(2023, 5);
        var fromBasis = StatusCalculator.Compute(b.Project, StatusBasis.Of(b.Ledger, month, DistrictTime.EndOf(month)), StatusRules.Default);
        Assert.Equal(fromLedger.Reasons, fromBasis.Reasons);
        Assert.Equal(fromLedger with { Reasons = [] }, fromBasis with { Reasons = [] });
    }

    [Fact]
    public void Compute_BasisOfAnotherProject_Throws()
    {
        var b = History();
        var month = new YearMonth(2023, 5);
        var other = StatusBasis.Empty(ProjectCode.Parse("T-999"), month, DistrictTime.EndOf(month));
        var e = Assert.Throws<ArgumentException>(() => StatusCalculator.Compute(b.Project, other, StatusRules.Default));
        Assert.Contains("T-999", e.Message, StringComparison.Ordinal);
    }
}
