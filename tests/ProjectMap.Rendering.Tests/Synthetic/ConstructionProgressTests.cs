using CsCheck;
using ProjectMap.Domain.Projects;
using ProjectMap.Rendering.Synthetic.Scene;
using ProjectMap.Rendering.Synthetic.Timeline;

namespace ProjectMap.Rendering.Tests.Synthetic;

public sealed class ConstructionProgressTests
{
    private static SiteTimeline Xqh => SampleWorld.World.TimelineOf(ProjectCode.Parse("WJ2023-001"));

    [Fact]
    public void At_January_IsClearedAndNotStarted()
    {
        var p = ConstructionProgress.At(SiteKind.NewBuild, Xqh, new DateOnly(2023, 1, 12));

        Assert.False(p.Started);
        Assert.True(p.Clearance >= 0.99);
        Assert.Equal(0, p.Excavation);
        Assert.Equal(0, p.Structure);
    }

    [Fact]
    public void At_MidJune_IsExcavatedWithStructureRising()
    {
        var p = ConstructionProgress.At(SiteKind.NewBuild, Xqh, new DateOnly(2023, 6, 13));

        Assert.True(p.Started);
        Assert.Equal(1, p.Excavation);
        Assert.Equal(1, p.Foundations);
        Assert.InRange(p.Structure, 0.1, 0.6);
        Assert.True(p.CranesUp);
        Assert.Equal(0, p.Paving);
    }

    [Fact]
    public void At_December_IsToppedOutCladAndBeingPaved()
    {
        var p = ConstructionProgress.At(SiteKind.NewBuild, Xqh, new DateOnly(2023, 12, 14));

        Assert.Equal(1, p.Structure);
        Assert.Equal(1, p.Roof);
        Assert.Equal(1, p.Cladding);
        Assert.False(p.CranesUp);
        Assert.InRange(p.Paving, 0.3, 0.9);
        Assert.InRange(p.Landscaping, 0.01, 0.5);
    }

    [Fact]
    public void At_BeforeToppingOutIsReached_HoldsStructureBelowFull()
    {
        // 江苏常氢科技: started 2023-04-10, topping out planned for 2024-03-31, not reached in 2023.
        var timeline = SampleWorld.World.TimelineOf(ProjectCode.Parse("WJ2023-002"));

        var p = ConstructionProgress.At(SiteKind.NewBuild, timeline, new DateOnly(2023, 12, 15));

        Assert.InRange(p.Structure, 0.3, 0.97);
        Assert.True(p.Roof < 1);
        Assert.Equal(0, p.Paving);
    }

    [Fact]
    public void At_AnyTwoDates_ProgressNeverGoesBackwards()
    {
        Gen.Int[0, 700].Select(Gen.Int[0, 700]).Sample((a, b) =>
        {
            var first = new DateOnly(2023, 1, 1).AddDays(Math.Min(a, b));
            var second = new DateOnly(2023, 1, 1).AddDays(Math.Max(a, b));
            var p = ConstructionProgress.At(SiteKind.NewBuild, Xqh, first);
            var q = ConstructionProgress.At(SiteKind.NewBuild, Xqh, second);
            Assert.True(q.Clearance >= p.Clearance && q.Excavation >= p.Excavation && q.Foundations >= p.Foundations);
            Assert.True(q.Structure >= p.Structure && q.Roof >= p.Roof && q.Cladding >= p.Cladding);
            Assert.True(q.Paving >= p.Paving && q.Landscaping >= p.Landscaping && q.Photovoltaic >= p.Photovoltaic);
        });
    }

    [Fact]
    public void SiteTimeline_AskedBeforeTheActualDate_DoesNotSeeTheMilestone()
    {
        Assert.False(Xqh.IsReached(SiteMilestone.Start, new DateOnly(2023, 3, 14)));
        Assert.True(Xqh.IsReached(SiteMilestone.Start, new DateOnly(2023, 3, 15)));
        Assert.Equal(SiteMilestone.FitOut, Xqh.StageAt(new DateOnly(2023, 12, 31)));
        Assert.Equal(new DateOnly(2024, 3, 31), Xqh.ExpectedAsOf(SiteMilestone.Commissioning, new DateOnly(2023, 12, 31)));
        Assert.Null(Xqh.StageAt(new DateOnly(2023, 1, 31)));
    }

    [Fact]
    public void Classify_SampleProjects_GetTheirKindOfSite()
    {
        var kinds = SampleWorld.World.Sites.ToDictionary(s => s.Project.Code.Value, s => s.Kind);

        Assert.Equal(SiteKind.NewBuild, kinds["WJ2023-001"]);
        Assert.Equal(SiteKind.NewBuild, kinds["WJ2023-002"]);
        Assert.Equal(SiteKind.RooftopPv, kinds["WJ2023-003"]);
        Assert.Equal(SiteKind.PvCarport, kinds["WJ2023-004"]);
        Assert.Equal(SiteKind.Retrofit, kinds["WJ2023-005"]);
        Assert.Equal(SiteKind.Retrofit, kinds["WJ2023-006"]);
    }
}
