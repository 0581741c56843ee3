using ProjectMap.Domain.Projects;

namespace ProjectMap.Domain.Ledger;

/// <summary>
/// Everything the ledger holds for one project: its milestones as first created (baselines: step, order, weight,
/// applicability, no dates), the milestone change log, investment returns and annual plans, all append-only.
/// Figures at any instant are computed from these by <see cref="MilestonesAsOf"/>, <see cref="InvestmentAsOf"/> and
/// <see cref="AnnualPlansAsOf"/>.
/// </summary>
public sealed record ProjectLedger
{
    /// <summary>The project.</summary>
    public required ProjectCode Code { get; init; }

    /// <summary>The milestones as created, in chain order, without dates; empty before the first milestone is recorded.</summary>
    public IReadOnlyList<Milestone> Baselines { get; init; } = [];

    /// <summary>The milestone change log in the order it was recorded.</summary>
    public IReadOnlyList<MilestoneChange> MilestoneChanges { get; init; } = [];

    /// <summary>Every investment return, corrections included, in the order recorded.</summary>
    public IReadOnlyList<InvestmentEntry> Investment { get; init; } = [];

    /// <summary>Every annual plan, revisions included, in the order recorded.</summary>
    public IReadOnlyList<AnnualPlan> AnnualPlans { get; init; } = [];

    /// <summary>An empty ledger for a project.</summary>
    public static ProjectLedger Empty(ProjectCode code) => new() { Code = code };

    /// <summary>
    /// The milestones as they stood at <paramref name="asOf"/>: each baseline with every change effective by then
    /// applied in effective order (ties in recording order), sorted by chain order.
    /// </summary>
    public IReadOnlyList<Milestone> MilestonesAsOf(DateTimeOffset asOf)
    {
        var state = Baselines.ToDictionary(m => m.Step.Key);
        foreach (var change in MilestoneChanges.Where(c => c.EffectiveAt <= asOf).OrderBy(c => c.EffectiveAt))
        {
            if (state.TryGetValue(change.StepKey, out var m))
            {
                state[change.StepKey] = m.WithValue(change.Field, change.NewValue);
            }
        }

        return state.Values.OrderBy(m => m.Order).ThenBy(m => m.Step.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>The milestones as they stand now, with every recorded change applied.</summary>
    public IReadOnlyList<Milestone> CurrentMilestones() => MilestonesAsOf(DateTimeOffset.MaxValue);

    /// <summary>The monthly returns that count at <paramref name="asOf"/>: one per month at most, the latest correction effective by then, by month.</summary>
    public IReadOnlyList<InvestmentEntry> InvestmentAsOf(DateTimeOffset asOf) =>
        CorrectionChain.AsOf(Investment, asOf).OrderBy(e => e.Month).ToList();

    /// <summary>The annual plans that count at <paramref name="asOf"/>: one per year at most, by year.</summary>
    public IReadOnlyList<AnnualPlan> AnnualPlansAsOf(DateTimeOffset asOf) =>
        CorrectionChain.AsOf(AnnualPlans, asOf).OrderBy(p => p.Year).ToList();

    /// <summary>A copy with more milestones, changes, returns and plans appended.</summary>
    public ProjectLedger Append(
        IEnumerable<Milestone>? baselines = null,
        IEnumerable<MilestoneChange>? changes = null,
        IEnumerable<InvestmentEntry>? investment = null,
        IEnumerable<AnnualPlan>? plans = null) => this with
        {
            Baselines = [.. Baselines, .. baselines ?? []],
            MilestoneChanges = [.. MilestoneChanges, .. changes ?? []],
            Investment = [.. Investment, .. investment ?? []],
            AnnualPlans = [.. AnnualPlans, .. plans ?? []],
        };
}
