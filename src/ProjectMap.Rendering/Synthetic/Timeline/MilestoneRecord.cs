using ProjectMap.Domain.Projects;

namespace ProjectMap.Rendering.Synthetic.Timeline;

/// <summary>
/// One milestone of one project as a ledger keeps it (the shape of the ledger's milestone rows), for feeding a
/// <see cref="RecordedTimelineSource"/>. Dates are Asia/Shanghai calendar days.
/// </summary>
/// <param name="Code">The project.</param>
/// <param name="Milestone">The milestone's ledger key, Chinese or English name (签约 and 供地 are accepted and ignored: they leave no trace on site).</param>
/// <param name="Planned">Planned date (计划日期), or null.</param>
/// <param name="Forecast">Forecast date (预计日期), or null; preferred over the plan for interpolating progress.</param>
/// <param name="Actual">Actual date (实际日期), or null when not reached.</param>
/// <param name="Applicable">False when the milestone does not apply to the project (it is then ignored).</param>
public sealed record MilestoneRecord(ProjectCode Code, string Milestone, DateOnly? Planned, DateOnly? Forecast, DateOnly? Actual, bool Applicable = true);
