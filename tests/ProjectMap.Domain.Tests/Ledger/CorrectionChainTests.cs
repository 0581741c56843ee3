using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;
using static ProjectMap.Domain.Tests.Ledger.LedgerBuilder;

namespace ProjectMap.Domain.Tests.Ledger;

public sealed class CorrectionChainTests
{
    [Fact]
    public void Return_DifferentAmountForFiledMonth_IsCorrectionNamingTheEntry()
    {
        var b = new LedgerBuilder().Return(2023, 11, 900m, At(2023, 11, 30, 17));
        b.Return(2023, 11, 1150m, At(2024, 1, 10), reason: "补录发票");
        var (original, correction) = (b.Ledger.Investment[0], b.Ledger.Investment[1]);
        Assert.Equal(original.Id, correction.CorrectsId);
        Assert.Equal(At(2024, 1, 10), correction.EffectiveAt);
        Assert.Equal(900m, b.Ledger.InvestmentAsOf(DistrictTime.EndOf(new YearMonth(2023, 11))).Single().AmountWan);
        Assert.Equal(1150m, b.Ledger.InvestmentAsOf(At(2024, 1, 31)).Single().AmountWan);
    }

    [Fact]
    public void Return_CorrectionWithoutReason_Refused()
    {
        var b = new LedgerBuilder().Return(2023, 11, 900m);
        var e = Assert.Throws<LedgerRuleException>(() => b.Return(2023, 11, 950m, At(2023, 12, 5)));
        Assert.Equal("reason", e.Field);
    }

    [Fact]
    public void Return_FirstReturnFiledLate_CountsFromMonthEnd()
    {
        var b = new LedgerBuilder().Return(2023, 11, 900m, At(2023, 12, 5));
        Assert.Equal(DistrictTime.EndOf(new YearMonth(2023, 11)), b.Ledger.Investment[0].EffectiveAt);
    }

    [Fact]
    public void Return_AmountWithMoreThanFourDecimalsOrNegative_Refused()
    {
        Assert.Equal("amount", Assert.Throws<LedgerRuleException>(() => new LedgerBuilder().Return(2023, 1, 1.00001m)).Field);
        Assert.Equal("amount", Assert.Throws<LedgerRuleException>(() => new LedgerBuilder().Return(2023, 1, -1m)).Field);
    }

    [Fact]
    public void Check_SecondFirstEntryAndDoubleCorrection_Reported()
    {
        var b = new LedgerBuilder().Return(2023, 1, 10m);
        var first = b.Ledger.Investment[0];
        var dupFirst = first with { Id = Guid.NewGuid() };
        var c1 = first with { Id = Guid.NewGuid(), CorrectsId = first.Id, EffectiveAt = first.EffectiveAt.AddDays(1) };
        var c2 = first with { Id = Guid.NewGuid(), CorrectsId = first.Id, EffectiveAt = first.EffectiveAt.AddDays(2) };
        var early = first with { Id = Guid.NewGuid(), CorrectsId = c1.Id, EffectiveAt = first.EffectiveAt };
        var problems = CorrectionChain.Check(b.Ledger.Investment, [dupFirst, c1, c2, early]);
        Assert.Equal(3, problems.Count);
        Assert.Contains("a first entry for this period already exists", problems[0], StringComparison.Ordinal);
        Assert.Contains("was already corrected", problems[1], StringComparison.Ordinal);
        Assert.Contains("must take effect after", problems[2], StringComparison.Ordinal);
    }
}
