using ProjectMap.Application.Storage;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Ledger;

/// <summary>
/// Single ledger edits as the CLI and the web make them: set a milestone's dates, record a month's investment (a
/// different amount for a month that has one becomes a correction), set a year's plan. Each is checked against the
/// ledger's rules and stored in one transaction.
/// </summary>
public static class LedgerService
{
    /// <summary>Applies a milestone update; returns the change records stored (empty when nothing changed).</summary>
    public static async Task<IReadOnlyList<MilestoneChange>> SetMilestoneAsync(IProjectMapStore store, MilestoneUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(update);
        var ledger = await store.Ledger.GetAsync(update.Code, cancellationToken).ConfigureAwait(false);
        var template = await store.Ledger.GetTemplateAsync(cancellationToken).ConfigureAwait(false);
        var plan = MilestonePlanner.Plan(ledger, template, update);
        await store.Ledger.AppendAsync(new LedgerBatch(plan.NewMilestones, plan.Changes, [], []), cancellationToken).ConfigureAwait(false);
        return plan.Changes;
    }

    /// <summary>Records a month's completed investment in 万元; returns the entry stored, or null when the month already had that amount.</summary>
    public static async Task<InvestmentEntry?> AddInvestmentAsync(
        IProjectMapStore store, ProjectCode code, YearMonth month, decimal amountWan, string reason, string by, DateTimeOffset recordedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var ledger = await store.Ledger.GetAsync(code, cancellationToken).ConfigureAwait(false);
        var entry = InvestmentPlanner.Return(ledger, month, amountWan, reason, by, recordedAt);
        if (entry is not null)
        {
            await store.Ledger.AppendAsync(new LedgerBatch([], [], [entry], []), cancellationToken).ConfigureAwait(false);
        }

        return entry;
    }

    /// <summary>Sets a year's investment plan in 万元; returns the plan stored, or null when the year already had that plan.</summary>
    public static async Task<AnnualPlan?> SetAnnualPlanAsync(
        IProjectMapStore store, ProjectCode code, int year, decimal planWan, string reason, string by, DateTimeOffset recordedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var ledger = await store.Ledger.GetAsync(code, cancellationToken).ConfigureAwait(false);
        var plan = InvestmentPlanner.Plan(ledger, year, planWan, reason, by, recordedAt);
        if (plan is not null)
        {
            await store.Ledger.AppendAsync(new LedgerBatch([], [], [], [plan]), cancellationToken).ConfigureAwait(false);
        }

        return plan;
    }
}
