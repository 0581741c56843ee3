namespace ProjectMap.Domain.Ledger;

/// <summary>A field of a project milestone that a <see cref="MilestoneChange"/> records.</summary>
public enum MilestoneField
{
    /// <summary>The planned date (计划日期); moving it needs a reason.</summary>
    Planned,

    /// <summary>The forecast date (预计日期).</summary>
    Forecast,

    /// <summary>The actual date (实际日期), the day the milestone was reached.</summary>
    Actual,

    /// <summary>The weight in schedule-progress points.</summary>
    Weight,

    /// <summary>Whether the step applies to the project (a retrofit has no 供地, for example).</summary>
    Applicable,
}
