namespace ProjectMap.Domain.Ledger;

/// <summary>Stage and schedule progress of a set of milestones on a day: pure functions shared by the status report, listings and stores.</summary>
public static class MilestoneProgress
{
    /// <summary>The stage (形象进度): the applicable milestone reached on or before <paramref name="day"/> that comes last in chain order, or null.</summary>
    public static Milestone? Stage(IEnumerable<Milestone> milestones, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        return milestones.Where(m => m.IsReachedBy(day)).OrderBy(m => m.Order).LastOrDefault();
    }

    /// <summary>Schedule progress in percent (0.1 rounded): weights of applicable milestones reached by <paramref name="day"/> ÷ weights of applicable milestones; 0 when none applies.</summary>
    public static decimal SchedulePct(IEnumerable<Milestone> milestones, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        var applicable = milestones.Where(m => m.Applicable).ToList();
        var total = applicable.Sum(m => m.Weight);
        return total <= 0 ? 0m : decimal.Round(applicable.Where(m => m.IsReachedBy(day)).Sum(m => m.Weight) * 100m / total, 1, MidpointRounding.AwayFromZero);
    }
}
