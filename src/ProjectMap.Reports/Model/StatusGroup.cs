using ProjectMap.Domain.Ledger;

namespace ProjectMap.Reports.Model;

/// <summary>The projects of one status (or all of them) added up, amounts in 万元.</summary>
/// <param name="Level">The status, or null for the total of all projects.</param>
/// <param name="Count">Number of projects.</param>
/// <param name="TotalInvestmentWan">Planned total investment (总投资).</param>
/// <param name="AnnualPlanWan">Annual plans of the report year (年度计划); projects without one add nothing.</param>
/// <param name="MonthInvestmentWan">Investment completed in the month (本月完成).</param>
/// <param name="CumulativeInvestmentWan">Cumulative investment (累计完成).</param>
public sealed record StatusGroup(StatusLevel? Level, int Count, decimal TotalInvestmentWan, decimal AnnualPlanWan, decimal MonthInvestmentWan, decimal CumulativeInvestmentWan)
{
    /// <summary>Cumulative ÷ total as a fraction (0.7 = 70 %), or null when the total is 0.</summary>
    public decimal? InvestmentRatio => TotalInvestmentWan > 0 ? CumulativeInvestmentWan / TotalInvestmentWan : null;

    /// <summary>Adds up the statuses of <paramref name="level"/> (null: all of them).</summary>
    public static StatusGroup Of(StatusLevel? level, IEnumerable<ProjectStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var list = statuses.Where(s => level is null || s.Level == level).ToList();
        return new StatusGroup(
            level,
            list.Count,
            list.Sum(s => s.TotalInvestmentWan),
            list.Sum(s => s.AnnualPlanWan ?? 0m),
            list.Sum(s => s.MonthInvestmentWan),
            list.Sum(s => s.CumulativeInvestmentWan));
    }
}
