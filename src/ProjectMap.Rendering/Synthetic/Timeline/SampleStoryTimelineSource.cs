using ProjectMap.Domain.Projects;

namespace ProjectMap.Rendering.Synthetic.Timeline;

/// <summary>
/// The milestones of the sample district's projects as the sample story tells them (the same story the sample ledger
/// in <c>district/milestones.csv</c> and <c>milestone-changes.csv</c> is written from): used when no ledger is given.
/// Dates are Asia/Shanghai calendar days; "planned" is the latest plan or forecast the story gives.
/// <list type="bullet">
/// <item>WJ2023-001 鑫奇航: 开工 2023-03-15, 主体结构封顶 2023-10-12 (forecast 2023-10-15), 内部装修 2023-11-20; planned 设备安装调试 2024-03-31, 竣工验收 2024-05-31, 投产 2024-06-30.</item>
/// <item>WJ2023-002 江苏常氢科技: 开工 2023-04-10; 主体结构封顶 forecast 2024-01-31 (steel deliveries late), not reached in 2023.</item>
/// <item>WJ2023-003 0.88 MW rooftop PV: works from 2023-06-01, modules commissioned 2023-10-30, accepted 2023-11-22, 投产 2023-11-28.</item>
/// <item>WJ2023-004 54 kW PV carport: works from 2023-07-03, commissioned 2023-08-28, 投产 2023-09-26.</item>
/// <item>WJ2023-005 waste-heat retrofit: works from 2023-03-06, equipment installed and commissioned 2023-11-24.</item>
/// <item>WJ2023-006 compressor heat recovery: works from 2023-05-04, commissioned 2023-09-27, accepted 2023-10-28.</item>
/// </list>
/// </summary>
public sealed class SampleStoryTimelineSource : ISiteTimelineSource
{
    private static readonly Dictionary<string, Dictionary<SiteMilestone, MilestoneDates>> Story = new(StringComparer.OrdinalIgnoreCase)
    {
        ["WJ2023-001"] = new()
        {
            [SiteMilestone.Start] = new(D(2023, 3, 15), D(2023, 3, 15)),
            [SiteMilestone.ToppingOut] = new(D(2023, 10, 15), D(2023, 10, 12)),
            [SiteMilestone.FitOut] = new(D(2023, 11, 15), D(2023, 11, 20)),
            [SiteMilestone.Commissioning] = new(D(2024, 3, 31), null),
            [SiteMilestone.Acceptance] = new(D(2024, 5, 31), null),
            [SiteMilestone.Production] = new(D(2024, 6, 30), null),
        },
        ["WJ2023-002"] = new()
        {
            [SiteMilestone.Start] = new(D(2023, 4, 10), D(2023, 4, 10)),
            [SiteMilestone.ToppingOut] = new(D(2024, 1, 31), null),
            [SiteMilestone.FitOut] = new(D(2024, 1, 31), null),
            [SiteMilestone.Commissioning] = new(D(2024, 5, 31), null),
            [SiteMilestone.Acceptance] = new(D(2024, 8, 31), null),
            [SiteMilestone.Production] = new(D(2024, 9, 30), null),
        },
        ["WJ2023-003"] = new()
        {
            [SiteMilestone.Start] = new(D(2023, 6, 1), D(2023, 6, 1)),
            [SiteMilestone.Commissioning] = new(D(2023, 10, 31), D(2023, 10, 30)),
            [SiteMilestone.Acceptance] = new(D(2023, 11, 20), D(2023, 11, 22)),
            [SiteMilestone.Production] = new(D(2023, 11, 30), D(2023, 11, 28)),
        },
        ["WJ2023-004"] = new()
        {
            [SiteMilestone.Start] = new(D(2023, 7, 1), D(2023, 7, 3)),
            [SiteMilestone.Commissioning] = new(D(2023, 8, 31), D(2023, 8, 28)),
            [SiteMilestone.Acceptance] = new(D(2023, 9, 20), D(2023, 9, 18)),
            [SiteMilestone.Production] = new(D(2023, 9, 30), D(2023, 9, 26)),
        },
        ["WJ2023-005"] = new()
        {
            [SiteMilestone.Start] = new(D(2023, 3, 1), D(2023, 3, 6)),
            [SiteMilestone.Commissioning] = new(D(2023, 11, 15), D(2023, 11, 24)),
            [SiteMilestone.Acceptance] = new(D(2024, 1, 10), null),
            [SiteMilestone.Production] = new(D(2023, 12, 31), null),
        },
        ["WJ2023-006"] = new()
        {
            [SiteMilestone.Start] = new(D(2023, 5, 1), D(2023, 5, 4)),
            [SiteMilestone.Commissioning] = new(D(2023, 9, 30), D(2023, 9, 27)),
            [SiteMilestone.Acceptance] = new(D(2023, 10, 31), D(2023, 10, 28)),
            [SiteMilestone.Production] = new(D(2023, 11, 10), D(2023, 11, 6)),
        },
    };

    /// <inheritdoc />
    public string Description => "sample story (built-in milestone dates of the sample district)";

    /// <inheritdoc />
    public SiteTimeline For(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Story.TryGetValue(project.Code.Value, out var dates)
            ? new SiteTimeline(project.Code, dates, "sample story")
            : SiteTimeline.Empty(project.Code, "sample story");
    }

    private static DateOnly D(int y, int m, int d) => new(y, m, d);
}
