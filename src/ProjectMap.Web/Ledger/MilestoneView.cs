using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Web.Ledger;

/// <summary>
/// A project's milestones as they stood at a month's end, each with its red/amber/green signal on the month's last day
/// (<see cref="MilestoneSignals"/>, the status rules), and the change log effective by then (what the strip reflects).
/// </summary>
public static class MilestoneView
{
    /// <summary>The JSON-ready object for the milestone strip and its history.</summary>
    public static object Build(ProjectCode code, ProjectLedger ledger, YearMonth month, StatusRules rules, bool canEdit)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(rules);
        var asOf = DistrictTime.EndOf(month);
        var day = month.LastDay;
        var milestones = ledger.MilestonesAsOf(asOf);
        var stage = MilestoneProgress.Stage(milestones, day);
        var names = milestones.ToDictionary(m => m.Step.Key, m => m.Step);
        return new
        {
            code = code.Value,
            month = month.ToString(),
            asOf,
            evaluatedOn = day,
            canEdit,
            stage = stage is null ? null : new { key = stage.Step.Key, zh = stage.Step.NameZh, en = stage.Step.NameEn },
            scheduleProgressPct = MilestoneProgress.SchedulePct(milestones, day),
            milestones = milestones.Select(m =>
            {
                var signal = MilestoneSignals.Of(m, day, rules);
                return new
                {
                    key = m.Step.Key,
                    zh = m.Step.NameZh,
                    en = m.Step.NameEn,
                    order = m.Order,
                    weight = m.Weight,
                    applicable = m.Applicable,
                    planned = m.Planned,
                    forecast = m.Forecast,
                    actual = m.IsReachedBy(day) ? m.Actual : null,
                    signal = Word(signal),
                    level = MilestoneSignals.Level(signal) is { } l ? StatusLevels.Word(l) : null,
                    overdueDays = MilestoneSignals.OverdueDays(m, day),
                    lateDays = m.IsReachedBy(day) && m.Planned is { } p && m.Actual is { } a && a > p ? a.DayNumber - p.DayNumber : 0,
                };
            }),
            history = ledger.MilestoneChanges.Where(c => c.EffectiveAt <= asOf).OrderByDescending(c => c.RecordedAt).Select(c => new
            {
                stepKey = c.StepKey,
                zh = names.TryGetValue(c.StepKey, out var s) ? s.NameZh : c.StepKey,
                en = names.TryGetValue(c.StepKey, out var s2) ? s2.NameEn : c.StepKey,
                field = FieldWord(c.Field),
                oldValue = c.OldValue,
                newValue = c.NewValue,
                reason = c.Reason,
                by = c.ChangedBy,
                recordedAt = c.RecordedAt,
            }),
        };
    }

    /// <summary>The JSON word of a change-log field: planned, forecast, actual, weight, applicable.</summary>
    public static string FieldWord(MilestoneField field) => field switch
    {
        MilestoneField.Planned => "planned",
        MilestoneField.Forecast => "forecast",
        MilestoneField.Actual => "actual",
        MilestoneField.Weight => "weight",
        _ => "applicable",
    };

    /// <summary>The JSON word of a signal: reached, upcoming, not-planned, forecast-late, overdue-warning, overdue-delayed, not-applicable.</summary>
    public static string Word(MilestoneSignal signal) => signal switch
    {
        MilestoneSignal.Reached => "reached",
        MilestoneSignal.Upcoming => "upcoming",
        MilestoneSignal.NotPlanned => "not-planned",
        MilestoneSignal.ForecastLate => "forecast-late",
        MilestoneSignal.OverdueWarning => "overdue-warning",
        MilestoneSignal.OverdueDelayed => "overdue-delayed",
        _ => "not-applicable",
    };
}
