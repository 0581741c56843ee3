namespace ProjectMap.Domain.Ledger;

/// <summary>What a milestone update adds to a ledger: milestones created from the template (the first time) and change records.</summary>
/// <param name="NewMilestones">Milestones to create, as baselines.</param>
/// <param name="Changes">Change records to append, in order; empty when the update changes nothing.</param>
public sealed record MilestonePlan(IReadOnlyList<Milestone> NewMilestones, IReadOnlyList<MilestoneChange> Changes)
{
    /// <summary>True when the update changes nothing.</summary>
    public bool IsEmpty => NewMilestones.Count == 0 && Changes.Count == 0;
}
