using ProjectMap.Domain.Projects;

namespace ProjectMap.Domain.Ledger;

/// <summary>
/// One milestone of a project as it stands at some instant: the template step it came from, its weight and whether
/// it applies, and its planned, forecast and actual dates (Asia/Shanghai calendar days).
/// </summary>
public sealed record Milestone
{
    /// <summary>The project.</summary>
    public required ProjectCode Code { get; init; }

    /// <summary>The step (key and names) as copied from the template when the project's ledger was first written.</summary>
    public required MilestoneStep Step { get; init; }

    /// <summary>0-based position in the project's chain; the stage is the reached step with the highest position.</summary>
    public required int Order { get; init; }

    /// <summary>Weight in schedule-progress points.</summary>
    public decimal Weight { get; init; }

    /// <summary>False when the step does not apply to the project; it then counts neither in schedule progress nor in status.</summary>
    public bool Applicable { get; init; } = true;

    /// <summary>Planned date (计划日期), or null when not planned yet.</summary>
    public DateOnly? Planned { get; init; }

    /// <summary>Forecast date (预计日期), or null.</summary>
    public DateOnly? Forecast { get; init; }

    /// <summary>Actual date (实际日期), or null when not reached.</summary>
    public DateOnly? Actual { get; init; }

    /// <summary>True when the milestone applies and was reached on or before <paramref name="date"/>.</summary>
    public bool IsReachedBy(DateOnly date) => Applicable && Actual is { } a && a <= date;

    /// <summary>The value of a field as the change log writes it (dates yyyy-MM-dd, weight invariant, applicable true/false), or null.</summary>
    public string? ValueOf(MilestoneField field) => field switch
    {
        MilestoneField.Planned => LedgerValues.FormatDate(Planned),
        MilestoneField.Forecast => LedgerValues.FormatDate(Forecast),
        MilestoneField.Actual => LedgerValues.FormatDate(Actual),
        MilestoneField.Weight => LedgerValues.FormatDecimal(Weight),
        MilestoneField.Applicable => Applicable ? "true" : "false",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>A copy with a field set from its change-log text (null clears a date).</summary>
    public Milestone WithValue(MilestoneField field, string? value) => field switch
    {
        MilestoneField.Planned => this with { Planned = LedgerValues.ParseDate(value) },
        MilestoneField.Forecast => this with { Forecast = LedgerValues.ParseDate(value) },
        MilestoneField.Actual => this with { Actual = LedgerValues.ParseDate(value) },
        MilestoneField.Weight => this with { Weight = value is null ? 0 : LedgerValues.ParseDecimal(value) },
        MilestoneField.Applicable => this with { Applicable = value is not "false" },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
