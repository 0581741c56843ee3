using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Domain.Ledger;

/// <summary>A project's status and progress figures for a month, as the ledger stood at <see cref="AsOf"/>. Amounts in 万元, percentages 0–100 rounded to 0.1.</summary>
public sealed record ProjectStatus
{
    /// <summary>The project.</summary>
    public required ProjectCode Code { get; init; }

    /// <summary>Chinese name.</summary>
    public required string NameZh { get; init; }

    /// <summary>English name, or null.</summary>
    public string? NameEn { get; init; }

    /// <summary>The month reported on.</summary>
    public required YearMonth Month { get; init; }

    /// <summary>The instant the ledger was read as of (by default the month's last instant, Asia/Shanghai).</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>The day milestones are judged on: the month's last day, or the as-of day when earlier.</summary>
    public required DateOnly EvaluatedOn { get; init; }

    /// <summary>正常 / 预警 / 滞后: the highest level among the reasons.</summary>
    public required StatusLevel Level { get; init; }

    /// <summary>Why, most serious first.</summary>
    public required IReadOnlyList<StatusReason> Reasons { get; init; }

    /// <summary>The latest milestone reached (形象进度), or null when none is.</summary>
    public MilestoneStep? Stage { get; init; }

    /// <summary>The day the stage milestone was reached, or null.</summary>
    public DateOnly? StageReachedOn { get; init; }

    /// <summary>Schedule progress: weights of applicable milestones reached ÷ weights of applicable milestones, in percent.</summary>
    public required decimal ScheduleProgressPct { get; init; }

    /// <summary>Investment progress: cumulative investment ÷ planned total investment, in percent; null when the total is 0.</summary>
    public decimal? InvestmentProgressPct { get; init; }

    /// <summary>Investment completed in the month, in 万元 (0 when no return was filed; see <see cref="MonthReturnFiled"/>).</summary>
    public required decimal MonthInvestmentWan { get; init; }

    /// <summary>True when a return for the month counts at <see cref="AsOf"/>.</summary>
    public required bool MonthReturnFiled { get; init; }

    /// <summary>Cumulative investment from the first return to the end of the month, in 万元.</summary>
    public required decimal CumulativeInvestmentWan { get; init; }

    /// <summary>Investment in the month's year up to the month, in 万元.</summary>
    public required decimal YearToDateInvestmentWan { get; init; }

    /// <summary>The year's plan in 万元, or null when none is recorded.</summary>
    public decimal? AnnualPlanWan { get; init; }

    /// <summary>Year-to-date investment ÷ the year's plan, in percent, or null without a plan.</summary>
    public decimal? AnnualPlanProgressPct { get; init; }

    /// <summary>Elapsed share of the year's plan period by the month's end, in percent (see <see cref="StatusCalculator.ElapsedPlanPct"/>).</summary>
    public required decimal ElapsedPlanPct { get; init; }

    /// <summary>The project's planned total investment in 万元.</summary>
    public required decimal TotalInvestmentWan { get; init; }
}
