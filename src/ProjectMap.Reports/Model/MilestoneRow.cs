using ProjectMap.Domain.Ledger;

namespace ProjectMap.Reports.Model;

/// <summary>One milestone of a project as the ledger stood at the report's as-of instant, with its rating on the evaluation day.</summary>
public sealed record MilestoneRow
{
    /// <summary>The step (key and Chinese/English names).</summary>
    public required MilestoneStep Step { get; init; }

    /// <summary>Weight in schedule-progress points.</summary>
    public required decimal Weight { get; init; }

    /// <summary>False when the step does not apply to the project.</summary>
    public required bool Applicable { get; init; }

    /// <summary>Planned date (Asia/Shanghai), or null.</summary>
    public DateOnly? Planned { get; init; }

    /// <summary>Forecast date, or null.</summary>
    public DateOnly? Forecast { get; init; }

    /// <summary>Actual date when reached by the evaluation day, else null (a later actual date is not shown).</summary>
    public DateOnly? Actual { get; init; }

    /// <summary>Where the milestone stands.</summary>
    public required MilestoneState State { get; init; }

    /// <summary>Days late (reached late or overdue) or the forecast's days beyond the plan; 0 otherwise.</summary>
    public int DaysLate { get; init; }

    /// <summary>The red/amber/green rating of <see cref="State"/>.</summary>
    public Rag Rag => State switch
    {
        MilestoneState.Reached or MilestoneState.ReachedLate or MilestoneState.Upcoming => Rag.Green,
        MilestoneState.ForecastLate or MilestoneState.OverdueWarning => Rag.Amber,
        MilestoneState.OverdueDelayed => Rag.Red,
        _ => Rag.None,
    };

    /// <summary>
    /// Rates a milestone on <paramref name="day"/> by the status rules: overdue up to <see cref="StatusRules.MilestoneWarningDays"/>
    /// days is amber, beyond is red; a forecast later than the plan is amber when the rules warn on forecasts.
    /// </summary>
    public static MilestoneRow Of(Milestone milestone, DateOnly day, StatusRules rules)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        ArgumentNullException.ThrowIfNull(rules);
        var reached = milestone.IsReachedBy(day);
        var row = new MilestoneRow
        {
            Step = milestone.Step,
            Weight = milestone.Weight,
            Applicable = milestone.Applicable,
            Planned = milestone.Planned,
            Forecast = milestone.Forecast,
            Actual = reached ? milestone.Actual : null,
            State = MilestoneState.NotApplicable,
        };
        if (!milestone.Applicable)
        {
            return row;
        }

        if (reached)
        {
            var late = milestone.Planned is { } p && milestone.Actual!.Value > p ? milestone.Actual.Value.DayNumber - p.DayNumber : 0;
            return row with { State = late > 0 ? MilestoneState.ReachedLate : MilestoneState.Reached, DaysLate = late };
        }

        if (milestone.Planned is not { } planned)
        {
            return row with { State = MilestoneState.NotPlanned };
        }

        if (planned < day)
        {
            var days = day.DayNumber - planned.DayNumber;
            return row with { State = days <= rules.MilestoneWarningDays ? MilestoneState.OverdueWarning : MilestoneState.OverdueDelayed, DaysLate = days };
        }

        if (rules.WarnOnLateForecast && milestone.Forecast is { } f && f > planned)
        {
            return row with { State = MilestoneState.ForecastLate, DaysLate = f.DayNumber - planned.DayNumber };
        }

        return row with { State = MilestoneState.Upcoming };
    }
}
