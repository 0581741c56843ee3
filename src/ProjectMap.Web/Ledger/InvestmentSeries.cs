using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Web.Ledger;

/// <summary>
/// The investment chart of a project for the year of a month, as the ledger stood at the month's end: per month of the
/// year the completed amount (万元; null after the month or when no return was filed) and the plan. The year's plan is
/// spread evenly over its plan period (from the later of January and the start month to the earlier of December and the
/// planned completion month), so the cumulative plan line is the annual plan × the elapsed share of the plan period,
/// exactly what the status rule compares year-to-date investment with (<see cref="StatusCalculator.ElapsedPlanPct"/>).
/// </summary>
public static class InvestmentSeries
{
    /// <summary>The chart's data as a JSON-ready object.</summary>
    public static object Build(Project project, ProjectLedger ledger, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(ledger);
        var asOf = DistrictTime.EndOf(month);
        var returns = ledger.InvestmentAsOf(asOf).Where(e => e.Month <= month).ToDictionary(e => e.Month);
        var plan = ledger.AnnualPlansAsOf(asOf).FirstOrDefault(p => p.Year == month.Year)?.PlanWan;
        var january = new YearMonth(month.Year, 1);
        var beforeYear = returns.Values.Where(e => e.Month < january).Sum(e => e.AmountWan);
        var cumulative = 0m;
        var previousElapsed = 0m;
        var months = new List<object>();
        for (var i = 0; i < 12; i++)
        {
            var m = january.AddMonths(i);
            var elapsed = StatusCalculator.ElapsedPlanPct(project, m);
            decimal? actual = null;
            decimal? cumulativeActual = null;
            if (m <= month)
            {
                actual = returns.TryGetValue(m, out var e) ? e.AmountWan : null;
                cumulative += actual ?? 0m;
                cumulativeActual = cumulative;
            }

            months.Add(new
            {
                month = m.ToString(),
                actualWan = actual,
                planWan = plan is { } p ? Round(p * (elapsed - previousElapsed) / 100m) : (decimal?)null,
                cumulativeActualWan = cumulativeActual,
                cumulativePlanWan = plan is { } q ? Round(q * elapsed / 100m) : (decimal?)null,
            });
            previousElapsed = elapsed;
        }

        var total = project.PlannedInvestmentWan;
        var allToDate = beforeYear + cumulative;
        return new
        {
            code = project.Code.Value,
            year = month.Year,
            month = month.ToString(),
            asOf,
            annualPlanWan = plan,
            yearToDateWan = cumulative,
            annualPlanProgressPct = plan is > 0 ? Round(cumulative * 100m / plan.Value, 1) : (decimal?)null,
            elapsedPlanPct = StatusCalculator.ElapsedPlanPct(project, month),
            beforeYearWan = beforeYear,
            cumulativeWan = allToDate,
            totalInvestmentWan = total,
            investmentProgressPct = total > 0 ? Round(allToDate * 100m / total, 1) : (decimal?)null,
            months,
        };
    }

    private static decimal Round(decimal value, int decimals = 4) => decimal.Round(value, decimals, MidpointRounding.AwayFromZero);
}
