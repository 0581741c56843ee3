namespace ProjectMap.Domain.Ledger;

/// <summary>
/// The configurable rules a month's status is computed with. Defaults (<see cref="Default"/>):
/// <list type="bullet">
/// <item>an applicable milestone past its planned date with no actual date is a warning (预警) for up to 30 days overdue and delayed (滞后) after;</item>
/// <item>a forecast date later than the planned date is a warning;</item>
/// <item>year-to-date investment (as a share of the annual plan) more than 15 percentage points behind the elapsed share of the year's plan period is a warning, more than 30 points delayed; the plan period runs from the later of January and the project's start month to the earlier of December and its planned completion month, so a project starting in June is not judged against January;</item>
/// <item>investment is not checked against the year's plan once cumulative investment has reached the project's total.</item>
/// </list>
/// </summary>
public sealed record StatusRules
{
    /// <summary>The defaults above.</summary>
    public static StatusRules Default { get; } = new();

    /// <summary>Days a milestone may be overdue and still only be a warning; more days is delayed. Default 30.</summary>
    public int MilestoneWarningDays { get; init; } = 30;

    /// <summary>True to warn when a milestone's forecast is later than its planned date. Default true.</summary>
    public bool WarnOnLateForecast { get; init; } = true;

    /// <summary>Percentage points behind the elapsed share of the year's plan beyond which investment is a warning. Default 15.</summary>
    public decimal InvestmentWarningPoints { get; init; } = 15m;

    /// <summary>Percentage points behind the elapsed share of the year's plan beyond which investment is delayed. Default 30.</summary>
    public decimal InvestmentDelayedPoints { get; init; } = 30m;

    /// <summary>Throws <see cref="LedgerRuleException"/> when the thresholds are negative or out of order.</summary>
    public void Validate()
    {
        if (MilestoneWarningDays < 0)
        {
            throw new LedgerRuleException("the milestone warning period must be 0 days or more");
        }

        if (InvestmentWarningPoints < 0 || InvestmentDelayedPoints < InvestmentWarningPoints)
        {
            throw new LedgerRuleException("investment thresholds must satisfy 0 ≤ warning points ≤ delayed points");
        }
    }
}
