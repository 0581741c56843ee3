using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Domain.Ledger;

/// <summary>
/// What a project's ledger says at an instant, reduced to the facts a month's status is computed from: the milestones
/// as they stood, the latest move of each planned date, and the investment returns and annual plan that counted. The
/// definition is <see cref="Of"/>; a store may compute the same facts in its database (far fewer rows to read than
/// the whole ledger) and the store contract tests hold it equal to <see cref="Of"/> on the same ledger. Amounts are
/// canonical (<see cref="LedgerValues.Canonical"/>: no trailing zeros), so equal figures print alike.
/// </summary>
public sealed record StatusBasis
{
    /// <summary>The project.</summary>
    public required ProjectCode Code { get; init; }

    /// <summary>The month the figures are for.</summary>
    public required YearMonth Month { get; init; }

    /// <summary>The instant the ledger is read at: facts effective after it do not count.</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>Every milestone (applicable or not) with every change effective by <see cref="AsOf"/> applied, in chain order (order, then step key ordinal).</summary>
    public IReadOnlyList<Milestone> Milestones { get; init; } = [];

    /// <summary>Per step, the last recorded move of its planned date among the changes effective by <see cref="AsOf"/>, ordered by step key (ordinal).</summary>
    public IReadOnlyList<PlannedDateMove> PlannedDateMoves { get; init; } = [];

    /// <summary>The amount of the month's return that counts, in 万元, or null when no return for the month counts.</summary>
    public decimal? MonthReturnWan { get; init; }

    /// <summary>The sum of the returns that count for every month up to and including <see cref="Month"/>, in 万元.</summary>
    public decimal CumulativeWan { get; init; }

    /// <summary>The sum of the returns that count for the months of <see cref="Month"/>'s year up to and including it, in 万元.</summary>
    public decimal YearToDateWan { get; init; }

    /// <summary>The annual plan for <see cref="Month"/>'s year that counts, in 万元, or null when none is recorded.</summary>
    public decimal? AnnualPlanWan { get; init; }

    /// <summary>
    /// The basis of <paramref name="ledger"/> for <paramref name="month"/> as of <paramref name="asOf"/>: milestones from
    /// <see cref="ProjectLedger.MilestonesAsOf"/>, the planned-date move of a step being the last one recorded (old value
    /// not null) among the changes effective by then, and returns and plans from the correction chains as of then.
    /// </summary>
    public static StatusBasis Of(ProjectLedger ledger, YearMonth month, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var moves = new Dictionary<string, PlannedDateMove>(StringComparer.Ordinal);
        foreach (var c in ledger.MilestoneChanges)
        {
            if (c.EffectiveAt <= asOf && c.Field == MilestoneField.Planned && c.OldValue is { } old)
            {
                moves[c.StepKey] = new PlannedDateMove(c.StepKey, old, c.Reason);
            }
        }

        var returns = CorrectionChain.AsOf(ledger.Investment, asOf).Where(e => e.Month <= month).ToList();
        var monthReturn = returns.FirstOrDefault(e => e.Month == month);
        return new StatusBasis
        {
            Code = ledger.Code,
            Month = month,
            AsOf = asOf,
            Milestones = ledger.MilestonesAsOf(asOf),
            PlannedDateMoves = [.. moves.Values.OrderBy(m => m.StepKey, StringComparer.Ordinal)],
            MonthReturnWan = monthReturn is null ? null : LedgerValues.Canonical(monthReturn.AmountWan),
            CumulativeWan = LedgerValues.Canonical(returns.Sum(e => e.AmountWan)),
            YearToDateWan = LedgerValues.Canonical(returns.Where(e => e.Month.Year == month.Year).Sum(e => e.AmountWan)),
            AnnualPlanWan = CorrectionChain.AsOf(ledger.AnnualPlans, asOf).FirstOrDefault(p => p.Year == month.Year) is { } plan ? LedgerValues.Canonical(plan.PlanWan) : null,
        };
    }

    /// <summary>The basis of a project with nothing recorded: no milestones, no returns, no plan.</summary>
    public static StatusBasis Empty(ProjectCode code, YearMonth month, DateTimeOffset asOf) => new() { Code = code, Month = month, AsOf = asOf };
}
