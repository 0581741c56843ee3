namespace ProjectMap.Domain.Ledger;

/// <summary>
/// How one milestone stands on a day, for a milestone strip's red/amber/green: judged with the same rules as the
/// month's status (<see cref="StatusRules"/>), so a strip never disagrees with the status it explains.
/// </summary>
public enum MilestoneSignal
{
    /// <summary>The step does not apply to the project (a retrofit has no 供地); it counts for nothing.</summary>
    NotApplicable,

    /// <summary>Reached on or before the day (green).</summary>
    Reached,

    /// <summary>Not reached, planned for the day or later, forecast no later than planned (green: on track).</summary>
    Upcoming,

    /// <summary>Not reached and not planned yet (no colour: nothing to judge).</summary>
    NotPlanned,

    /// <summary>Not reached, not yet due, but forecast later than planned (amber, 预警).</summary>
    ForecastLate,

    /// <summary>Past its planned date without an actual date, within the warning period (amber, 预警).</summary>
    OverdueWarning,

    /// <summary>Past its planned date without an actual date, beyond the warning period (red, 滞后).</summary>
    OverdueDelayed,
}
