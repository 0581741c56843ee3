namespace ProjectMap.Reports.Model;

/// <summary>Where a milestone stands on the report's evaluation day, judged by the same rules as the project's status.</summary>
public enum MilestoneState
{
    /// <summary>Reached on or before its planned date (or without a planned date).</summary>
    Reached,

    /// <summary>Reached, but after its planned date.</summary>
    ReachedLate,

    /// <summary>Not reached; its planned date has not passed and no later forecast is recorded.</summary>
    Upcoming,

    /// <summary>Not reached; the forecast date is later than the planned date (预警).</summary>
    ForecastLate,

    /// <summary>Not reached and past its planned date by at most the warning days (预警).</summary>
    OverdueWarning,

    /// <summary>Not reached and past its planned date by more than the warning days (滞后).</summary>
    OverdueDelayed,

    /// <summary>Applicable but without a planned date.</summary>
    NotPlanned,

    /// <summary>The step does not apply to the project.</summary>
    NotApplicable,
}
