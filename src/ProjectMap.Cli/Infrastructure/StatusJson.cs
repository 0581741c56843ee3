using ProjectMap.Domain.Ledger;

namespace ProjectMap.Cli.Infrastructure;

/// <summary>The JSON object <c>status --json</c> prints per project (the contract of issue 5, plus detail fields).</summary>
public static class StatusJson
{
    /// <summary>The object for one project's status; names and reasons in English when <paramref name="english"/>.</summary>
    public static object Of(ProjectStatus s, bool english)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new
        {
            code = s.Code.Value,
            name = english && s.NameEn is { Length: > 0 } en ? en : s.NameZh,
            status = StatusLevels.Word(s.Level),
            statusLabel = StatusLevels.Label(s.Level, english),
            reasons = s.Reasons.Select(r => r.Text(english)).ToList(),
            stage = s.Stage?.Name(english),
            stageKey = s.Stage?.Key,
            stageReachedOn = s.StageReachedOn,
            scheduleProgressPct = s.ScheduleProgressPct,
            investmentProgressPct = s.InvestmentProgressPct,
            monthInvestmentWan = s.MonthInvestmentWan,
            monthReturnFiled = s.MonthReturnFiled,
            cumulativeInvestmentWan = s.CumulativeInvestmentWan,
            yearToDateInvestmentWan = s.YearToDateInvestmentWan,
            annualPlanWan = s.AnnualPlanWan,
            annualPlanProgressPct = s.AnnualPlanProgressPct,
            elapsedPlanPct = s.ElapsedPlanPct,
            totalInvestmentWan = s.TotalInvestmentWan,
            month = s.Month.ToString(),
            asOf = s.AsOf,
        };
    }
}
