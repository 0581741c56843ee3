using ProjectMap.Domain.Projects;
using ProjectMap.Rendering.Synthetic.Timeline;

namespace ProjectMap.Rendering.Tests.Synthetic;

public sealed class RecordedTimelineSourceTests
{
    private static readonly ProjectCode Code = ProjectCode.Parse("WJ2023-001");

    [Fact]
    public void For_LedgerStyleRecords_MapsSiteMilestonesAndPrefersTheForecast()
    {
        var source = new RecordedTimelineSource(
        [
            new(Code, "签约", new DateOnly(2022, 8, 15), null, new DateOnly(2022, 8, 18)),
            new(Code, "开工", new DateOnly(2023, 3, 15), null, new DateOnly(2023, 3, 15)),
            new(Code, "topping-out", new DateOnly(2023, 9, 30), new DateOnly(2023, 10, 15), null),
            new(Code, "内部装修", new DateOnly(2023, 11, 15), null, null, Applicable: false),
        ], "ledger test");

        var timeline = source.For(SampleWorld.World.SiteOf(Code).Project);

        Assert.Equal("ledger test", timeline.Source);
        Assert.Equal([SiteMilestone.Start, SiteMilestone.ToppingOut], timeline.Dates.Select(d => d.Key));
        Assert.True(timeline.IsReached(SiteMilestone.Start, new DateOnly(2023, 3, 15)));
        Assert.Equal(new DateOnly(2023, 10, 15), timeline.ScheduleAsOf(SiteMilestone.ToppingOut, new DateOnly(2023, 6, 1)));
        Assert.Equal(new DateOnly(2023, 10, 17), timeline.ScheduleAsOf(SiteMilestone.ToppingOut, new DateOnly(2023, 10, 16)));
    }

    [Fact]
    public void For_SampleStoryAsRecords_GivesTheSameProgressAsTheStory()
    {
        var story = new SampleStoryTimelineSource();
        var project = SampleWorld.World.SiteOf(Code).Project;
        var records = story.For(project).Dates.Select(d => new MilestoneRecord(Code, d.Key.Key(), d.Value.Planned, null, d.Value.Actual));

        var recorded = new RecordedTimelineSource(records, "records").For(project);

        Assert.Equal(story.For(project).Dates, recorded.Dates);
    }
}
