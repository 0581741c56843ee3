using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Application.Storage;

/// <summary>What one ledger write appends, stored in one transaction.</summary>
/// <param name="NewMilestones">Milestones to create (baselines, without dates).</param>
/// <param name="MilestoneChanges">Milestone change records, in the order they apply.</param>
/// <param name="Investment">Investment returns and corrections, in order.</param>
/// <param name="AnnualPlans">Annual plans and revisions, in order.</param>
public sealed record LedgerBatch(
    IReadOnlyList<Milestone> NewMilestones,
    IReadOnlyList<MilestoneChange> MilestoneChanges,
    IReadOnlyList<InvestmentEntry> Investment,
    IReadOnlyList<AnnualPlan> AnnualPlans)
{
    /// <summary>An empty batch.</summary>
    public static LedgerBatch Empty { get; } = new([], [], [], []);

    /// <summary>True when the batch holds nothing.</summary>
    public bool IsEmpty => NewMilestones.Count == 0 && MilestoneChanges.Count == 0 && Investment.Count == 0 && AnnualPlans.Count == 0;

    /// <summary>The projects the batch touches, ordered by code.</summary>
    public IReadOnlyList<ProjectCode> Projects =>
        NewMilestones.Select(m => m.Code).Concat(MilestoneChanges.Select(c => c.Code)).Concat(Investment.Select(e => e.Code)).Concat(AnnualPlans.Select(p => p.Code))
            .Distinct().OrderBy(c => c.Value, StringComparer.Ordinal).ToList();

    /// <summary>A batch with another batch's items appended after this one's.</summary>
    public LedgerBatch Concat(LedgerBatch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new([.. NewMilestones, .. other.NewMilestones], [.. MilestoneChanges, .. other.MilestoneChanges], [.. Investment, .. other.Investment], [.. AnnualPlans, .. other.AnnualPlans]);
    }
}
