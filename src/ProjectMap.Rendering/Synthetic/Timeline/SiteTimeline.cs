using ProjectMap.Domain.Projects;

namespace ProjectMap.Rendering.Synthetic.Timeline;

/// <summary>
/// Which site milestones a project has reached and when the others are expected, as the scene needs it: asked at a
/// date, a milestone counts as reached only when its actual date is on or before that date, so a photo of March never
/// shows what happened in April even though the timeline knows it.
/// </summary>
public sealed class SiteTimeline
{
    private readonly Dictionary<SiteMilestone, MilestoneDates> _dates;

    /// <summary>Creates a timeline from the dates known per milestone; milestones not listed are neither planned nor reached.</summary>
    public SiteTimeline(ProjectCode code, IReadOnlyDictionary<SiteMilestone, MilestoneDates> dates, string source)
    {
        ArgumentNullException.ThrowIfNull(dates);
        Code = code;
        _dates = new Dictionary<SiteMilestone, MilestoneDates>(dates);
        Source = source;
    }

    /// <summary>The project.</summary>
    public ProjectCode Code { get; }

    /// <summary>Where the dates came from, e.g. "sample story" or "ledger".</summary>
    public string Source { get; }

    /// <summary>The dates of every milestone the timeline knows, in chain order.</summary>
    public IReadOnlyList<KeyValuePair<SiteMilestone, MilestoneDates>> Dates => _dates.OrderBy(p => p.Key).ToList();

    /// <summary>An empty timeline: nothing planned, nothing reached.</summary>
    public static SiteTimeline Empty(ProjectCode code, string source) => new(code, new Dictionary<SiteMilestone, MilestoneDates>(), source);

    /// <summary>True when the milestone's actual date is on or before <paramref name="date"/>.</summary>
    public bool IsReached(SiteMilestone milestone, DateOnly date) =>
        _dates.TryGetValue(milestone, out var d) && d.Actual is { } a && a <= date;

    /// <summary>The actual date when reached by <paramref name="date"/>, or null.</summary>
    public DateOnly? ReachedOn(SiteMilestone milestone, DateOnly date) => IsReached(milestone, date) ? _dates[milestone].Actual : null;

    /// <summary>
    /// The date the milestone is expected as seen at <paramref name="date"/>: its actual date when reached by then,
    /// otherwise its planned date when still ahead, otherwise null (overdue or never planned).
    /// </summary>
    public DateOnly? ExpectedAsOf(SiteMilestone milestone, DateOnly date)
    {
        if (!_dates.TryGetValue(milestone, out var d))
        {
            return null;
        }

        if (d.Actual is { } a && a <= date)
        {
            return a;
        }

        return d.Planned is { } p && p > date ? p : null;
    }

    /// <summary>
    /// The date to interpolate progress towards, as seen at <paramref name="date"/>: the actual date when reached by then;
    /// the planned date while it is still ahead; the next day when the plan has passed without the milestone (it is
    /// overdue, so the work stands just short of it); null when the milestone was never planned.
    /// </summary>
    public DateOnly? ScheduleAsOf(SiteMilestone milestone, DateOnly date)
    {
        if (!_dates.TryGetValue(milestone, out var d))
        {
            return null;
        }

        if (d.Actual is { } a && a <= date)
        {
            return a;
        }

        return d.Planned is { } p ? (p > date ? p : date.AddDays(1)) : null;
    }

    /// <summary>The latest milestone reached by <paramref name="date"/>, or null when none is.</summary>
    public SiteMilestone? StageAt(DateOnly date)
    {
        SiteMilestone? stage = null;
        foreach (var (m, _) in Dates)
        {
            if (IsReached(m, date))
            {
                stage = m;
            }
        }

        return stage;
    }
}
