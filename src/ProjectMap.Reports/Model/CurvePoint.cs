using ProjectMap.Domain.Time;

namespace ProjectMap.Reports.Model;

/// <summary>One month of a project's investment curve, amounts in 万元.</summary>
/// <param name="Month">The month.</param>
/// <param name="PlanCumulativeWan">Planned cumulative investment at the month's end, or null outside the years with an annual plan.</param>
/// <param name="ActualCumulativeWan">Actual cumulative investment at the month's end, or null after the report month.</param>
/// <param name="MonthActualWan">The month's return, or null when none was filed (or after the report month).</param>
public sealed record CurvePoint(YearMonth Month, decimal? PlanCumulativeWan, decimal? ActualCumulativeWan, decimal? MonthActualWan);
