using ProjectMap.Domain.Projects;

namespace ProjectMap.Rendering.Synthetic.Timeline;

/// <summary>Where the synthetic scene learns which milestones a project has reached (the ledger, or the sample story).</summary>
public interface ISiteTimelineSource
{
    /// <summary>A short description of the source for sidecars and logs, for example "ledger sample-imagery/district/ledger.csv".</summary>
    string Description { get; }

    /// <summary>The project's site timeline; a project the source does not know gets an empty timeline (nothing reached).</summary>
    SiteTimeline For(Project project);
}
