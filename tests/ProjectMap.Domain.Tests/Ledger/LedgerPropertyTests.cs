using CsCheck;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;

namespace ProjectMap.Domain.Tests.Ledger;

/// <summary>Properties of the investment ledger over random returns and corrections.</summary>
public sealed class LedgerPropertyTests
{
    private static readonly YearMonth First = new(2023, 1);

    /// <summary>Random returns: (month offset 0..23, amount in 1/10000 万元, days after the month's end it is recorded; corrections later).</summary>
    private static readonly Gen<(int Month, long Amount, int DaysLate)[]> Entries =
        Gen.Select(Gen.Int[0, 23], Gen.Long[0, 10_000_000_000L], Gen.Int[-20, 90]).Array[1, 40];

    private static ProjectLedger Build((int Month, long Amount, int DaysLate)[] rows)
    {
        var b = new LedgerBuilder(totalWan: 1_000_000m);
        var recorded = new Dictionary<int, DateTimeOffset>();
        foreach (var (month, amount, daysLate) in rows)
        {
            var m = First.AddMonths(month);
            // Each later entry for a month is recorded after the previous one, as corrections are.
            var at = DistrictTime.EndOf(m).AddDays(daysLate);
            if (recorded.TryGetValue(month, out var last) && at <= last)
            {
                at = last.AddHours(1);
            }

            recorded[month] = at;
            b.Return(m.Year, m.Month, amount / 10_000m, at, reason: "更正");
        }

        return b.Ledger;
    }

    [Fact]
    public void Cumulative_AnyEntriesAndCorrections_EqualsSumOfEntriesCountingAtThatInstant()
    {
        Entries.Sample(rows =>
        {
            var ledger = Build(rows);
            var project = new LedgerBuilder(totalWan: 1_000_000m).Project;
            foreach (var month in Enumerable.Range(0, 24).Select(First.AddMonths))
            {
                var asOf = DistrictTime.EndOf(month).AddDays(45);
                var status = StatusCalculator.Compute(project, ledger, month, StatusRules.Default, asOf);
                var counting = ledger.InvestmentAsOf(asOf).Where(e => e.Month <= month).ToList();
                Assert.Equal(counting.Sum(e => e.AmountWan), status.CumulativeInvestmentWan);
                Assert.Equal(counting.Where(e => e.Month.Year == month.Year).Sum(e => e.AmountWan), status.YearToDateInvestmentWan);
                Assert.Equal(counting.Count, counting.Select(e => e.Month).Distinct().Count());
            }
        }, iter: 200);
    }

    [Fact]
    public void Cumulative_WithoutCorrections_EqualsPlainSumOfReturns()
    {
        Gen.Long[0, 10_000_000_000L].Array[1, 24].Sample(amounts =>
        {
            var b = new LedgerBuilder(totalWan: 1_000_000m);
            for (var i = 0; i < amounts.Length; i++)
            {
                var m = First.AddMonths(i);
                b.Return(m.Year, m.Month, amounts[i] / 10_000m);
            }

            var last = First.AddMonths(amounts.Length - 1);
            Assert.Equal(amounts.Sum(a => a / 10_000m), b.Status(last.Year, last.Month).CumulativeInvestmentWan);
        }, iter: 200);
    }

    [Fact]
    public void MonthFigures_CorrectionsRecordedAfterMonthEnd_DoNotChangeThatMonth()
    {
        Gen.Select(Entries, Gen.Select(Gen.Int[0, 39], Gen.Long[0, 10_000_000_000L], Gen.Int[1, 400]).Array[1, 10]).Sample((rows, corrections) =>
        {
            var ledger = Build(rows);
            var project = new LedgerBuilder(totalWan: 1_000_000m).Project;
            var months = Enumerable.Range(0, 24).Select(First.AddMonths).ToList();
            var before = months.Select(m => StatusCalculator.Compute(project, ledger, m, StatusRules.Default)).ToList();

            // Every correction is recorded after the end of the last month reported (so after every month's end) and
            // corrects a month that has a return. (A first return filed late is not a correction: it fills a gap
            // that the earlier report showed as "no investment return filed"; see CorrectionChainTests.)
            var corrected = ledger;
            var at = new[] { DistrictTime.EndOf(months[^1]), ledger.Investment.Max(e => e.RecordedAt) }.Max();
            foreach (var (pick, amount, days) in corrections)
            {
                at = at.AddDays(days);
                var month = rows[pick % rows.Length].Month;
                var entry = InvestmentPlanner.Return(corrected, First.AddMonths(month), amount / 10_000m, "事后更正", "测试员", at);
                Assert.NotNull(entry?.CorrectsId ?? (entry is null ? Guid.Empty : null));
                corrected = entry is null ? corrected : corrected.Append(investment: [entry]);
            }

            var after = months.Select(m => StatusCalculator.Compute(project, corrected, m, StatusRules.Default)).ToList();
            Assert.Equal(before.Select(Figures), after.Select(Figures));
        }, iter: 200);
    }

    private static (decimal, bool, decimal, decimal, StatusLevel, string) Figures(ProjectStatus s) =>
        (s.MonthInvestmentWan, s.MonthReturnFiled, s.CumulativeInvestmentWan, s.YearToDateInvestmentWan, s.Level, string.Join("|", s.Reasons.Select(r => r.En)));
}
