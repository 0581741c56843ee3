using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Reports.Model;

/// <summary>
/// A project's cumulative investment month by month, planned against actual (the S-curve), amounts in 万元, as the ledger
/// stood at the report's as-of instant. The plan comes from the annual plans (年度计划) only: each year's plan is spread
/// evenly over that year's plan period (<see cref="StatusCalculator.ElapsedPlanPct"/>, the same share the status rules
/// use) on top of what was actually invested before the first planned year. Nothing is extrapolated.
/// </summary>
/// <param name="Points">One point per month, in order; empty when the ledger has neither returns nor annual plans.</param>
/// <param name="TotalWan">The project's planned total investment in 万元.</param>
/// <param name="ReportMonth">The report month (actual figures stop there).</param>
public sealed record InvestmentCurve(IReadOnlyList<CurvePoint> Points, decimal TotalWan, YearMonth ReportMonth)
{
    /// <summary>The most months a curve spans (ten years).</summary>
    public const int MaxMonths = 120;

    /// <summary>Builds the curve of <paramref name="project"/> for <paramref name="month"/> from its ledger as of <paramref name="asOf"/>.</summary>
    public static InvestmentCurve Build(Project project, ProjectLedger ledger, YearMonth month, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(ledger);
        var returns = ledger.InvestmentAsOf(asOf).Where(e => e.Month <= month).ToList();
        var plans = ledger.AnnualPlansAsOf(asOf).ToDictionary(p => p.Year, p => p.PlanWan);
        if (returns.Count == 0 && plans.Count == 0)
        {
            return new InvestmentCurve([], project.PlannedInvestmentWan, month);
        }

        var candidatesStart = new List<YearMonth> { month };
        var candidatesEnd = new List<YearMonth> { month };
        if (returns.Count > 0)
        {
            candidatesStart.Add(returns[0].Month);
        }

        int? firstPlanYear = plans.Count > 0 ? plans.Keys.Min() : null;
        int? lastPlanYear = plans.Count > 0 ? plans.Keys.Max() : null;
        YearMonth? planStart = null;
        if (firstPlanYear is { } fy)
        {
            planStart = project.StartDate is { } s && s.Year == fy ? YearMonth.Of(s) : new YearMonth(fy, 1);
            candidatesStart.Add(planStart.Value.AddMonths(-1));
            var lastEnd = new YearMonth(lastPlanYear!.Value, 12);
            if (project.PlannedCompletion is { } c && c.Year == lastPlanYear)
            {
                lastEnd = YearMonth.Of(c);
            }

            candidatesEnd.Add(lastEnd);
        }

        if (project.PlannedCompletion is { } completion)
        {
            candidatesEnd.Add(YearMonth.Of(completion));
        }

        var start = candidatesStart.Min();
        var end = candidatesEnd.Max();
        if (start.MonthsUntil(end) >= MaxMonths)
        {
            end = start.AddMonths(MaxMonths - 1);
        }

        var baseline = firstPlanYear is { } first ? returns.Where(e => e.Month.Year < first).Sum(e => e.AmountWan) : 0m;
        var points = new List<CurvePoint>();
        for (var m = start; m <= end; m = m.AddMonths(1))
        {
            decimal? plan = null;
            if (planStart is { } ps && m >= ps.AddMonths(-1) && m.Year <= lastPlanYear)
            {
                plan = m < ps ? baseline : PlanAt(project, plans, baseline, firstPlanYear!.Value, m);
            }

            decimal? actual = null;
            decimal? monthly = null;
            if (m <= month)
            {
                actual = returns.Where(e => e.Month <= m).Sum(e => e.AmountWan);
                monthly = returns.FirstOrDefault(e => e.Month == m)?.AmountWan;
            }

            points.Add(new CurvePoint(m, plan, actual, monthly));
        }

        return new InvestmentCurve(points, project.PlannedInvestmentWan, month);
    }

    private static decimal PlanAt(Project project, Dictionary<int, decimal> plans, decimal baseline, int firstPlanYear, YearMonth m)
    {
        var before = Enumerable.Range(firstPlanYear, m.Year - firstPlanYear).Sum(y => plans.GetValueOrDefault(y));
        var thisYear = plans.TryGetValue(m.Year, out var p) ? p * StatusCalculator.ElapsedPlanPct(project, m) / 100m : 0m;
        return baseline + before + thisYear;
    }
}
