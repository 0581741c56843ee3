using ProjectMap.Domain.Projects;

namespace ProjectMap.Rendering.Synthetic.Timeline;

/// <summary>
/// Site timelines built from milestone records, for example a ledger's current milestones: each record whose name is
/// a site milestone (开工, 主体结构封顶, 内部装修, 设备安装调试, 竣工验收, 投产) and that applies gives that milestone its
/// actual date and, as the date to interpolate towards, its forecast or else its planned date.
/// </summary>
public sealed class RecordedTimelineSource : ISiteTimelineSource
{
    private readonly Dictionary<ProjectCode, Dictionary<SiteMilestone, MilestoneDates>> _timelines = [];
    private readonly string _source;

    /// <summary>Creates the source from records; <paramref name="description"/> names where they came from (it goes into every sidecar).</summary>
    public RecordedTimelineSource(IEnumerable<MilestoneRecord> records, string description)
    {
        ArgumentNullException.ThrowIfNull(records);
        _source = description;
        foreach (var record in records)
        {
            if (!record.Applicable || !SiteMilestoneNames.TryParse(record.Milestone, out var milestone))
            {
                continue;
            }

            if (!_timelines.TryGetValue(record.Code, out var dates))
            {
                dates = [];
                _timelines[record.Code] = dates;
            }

            dates[milestone] = new MilestoneDates(record.Forecast ?? record.Planned, record.Actual);
        }
    }

    /// <inheritdoc />
    public string Description => _source;

    /// <inheritdoc />
    public SiteTimeline For(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return _timelines.TryGetValue(project.Code, out var dates)
            ? new SiteTimeline(project.Code, dates, _source)
            : SiteTimeline.Empty(project.Code, _source);
    }
}
