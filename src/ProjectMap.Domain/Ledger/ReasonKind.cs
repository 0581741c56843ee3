namespace ProjectMap.Domain.Ledger;

/// <summary>What a status reason is about, for filtering and tests; the words are in <see cref="StatusReason"/>.</summary>
public enum ReasonKind
{
    /// <summary>No applicable milestone is overdue (says the stage and the next milestone).</summary>
    MilestonesOnTime,

    /// <summary>Every applicable milestone has been reached.</summary>
    MilestonesComplete,

    /// <summary>A milestone is past its planned date with no actual date.</summary>
    MilestoneOverdue,

    /// <summary>A milestone's forecast date is later than its planned date.</summary>
    ForecastLate,

    /// <summary>The project has no milestones with planned dates.</summary>
    NoMilestonePlan,

    /// <summary>Year-to-date investment keeps up with the elapsed share of the year's plan.</summary>
    InvestmentOnPlan,

    /// <summary>Year-to-date investment is behind the elapsed share of the year's plan.</summary>
    InvestmentBehind,

    /// <summary>Cumulative investment has reached the project's total, so the year plan is not checked.</summary>
    InvestmentComplete,

    /// <summary>No annual plan for the year, so investment is not checked.</summary>
    NoAnnualPlan,

    /// <summary>No investment return has been filed for the month.</summary>
    NoMonthlyReturn,
}
