using ProjectMap.Domain.Ledger;

namespace ProjectMap.Web.Ledger;

/// <summary>
/// A project's status for a month as the viewer shows it, in both languages (the page switches without asking again):
/// the same figures as <c>projectmap status --json</c>, with each reason as <c>{level, zh, en}</c> and the stage as
/// <c>{key, zh, en}</c>.
/// </summary>
public static class StatusView
{
    /// <summary>The JSON object for one project's status; <paramref name="hasMilestones"/> says whether its ledger has milestones at all.</summary>
    public static object Of(ProjectStatus s, bool hasMilestones)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new
        {
            code = s.Code.Value,
            status = StatusLevels.Word(s.Level),
            reasons = s.Reasons.Select(r => new { level = StatusLevels.Word(r.Level), zh = r.Zh, en = r.En }),
            hasMilestones,
            stage = s.Stage is { } st ? new { key = st.Key, zh = st.NameZh, en = st.NameEn } : null,
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
        };
    }
}
