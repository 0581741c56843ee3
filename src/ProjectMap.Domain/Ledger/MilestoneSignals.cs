namespace ProjectMap.Domain.Ledger;

/// <summary>The red/amber/green of single milestones on a day, by the rules <see cref="StatusCalculator"/> judges a month with.</summary>
public static class MilestoneSignals
{
    /// <summary>
    /// The signal of <paramref name="milestone"/> on <paramref name="day"/> (an Asia/Shanghai calendar day): reached,
    /// overdue (planned before the day, not reached: a warning up to <see cref="StatusRules.MilestoneWarningDays"/> days,
    /// delayed beyond), forecast later than planned (when <see cref="StatusRules.WarnOnLateForecast"/>), upcoming, or
    /// not planned.
    /// </summary>
    public static MilestoneSignal Of(Milestone milestone, DateOnly day, StatusRules rules)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        ArgumentNullException.ThrowIfNull(rules);
        if (!milestone.Applicable)
        {
            return MilestoneSignal.NotApplicable;
        }

        if (milestone.IsReachedBy(day))
        {
            return MilestoneSignal.Reached;
        }

        if (milestone.Planned is not { } planned)
        {
            return MilestoneSignal.NotPlanned;
        }

        if (planned < day)
        {
            return OverdueDays(milestone, day) <= rules.MilestoneWarningDays ? MilestoneSignal.OverdueWarning : MilestoneSignal.OverdueDelayed;
        }

        return rules.WarnOnLateForecast && milestone.Forecast is { } f && f > planned ? MilestoneSignal.ForecastLate : MilestoneSignal.Upcoming;
    }

    /// <summary>Whole days a not-yet-reached milestone is past its planned date on <paramref name="day"/>; 0 when it is reached, unplanned or not due.</summary>
    public static int OverdueDays(Milestone milestone, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return milestone.IsReachedBy(day) || milestone.Planned is not { } p || p >= day ? 0 : day.DayNumber - p.DayNumber;
    }

    /// <summary>The status level a signal stands for (正常 for reached and upcoming), or null when there is nothing to judge.</summary>
    public static StatusLevel? Level(MilestoneSignal signal) => signal switch
    {
        MilestoneSignal.Reached or MilestoneSignal.Upcoming => StatusLevel.Normal,
        MilestoneSignal.ForecastLate or MilestoneSignal.OverdueWarning => StatusLevel.Warning,
        MilestoneSignal.OverdueDelayed => StatusLevel.Delayed,
        _ => null,
    };
}
