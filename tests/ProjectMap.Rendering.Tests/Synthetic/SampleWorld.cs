using ProjectMap.Domain.Projects;
using ProjectMap.Rendering.Synthetic;
using ProjectMap.Rendering.Synthetic.Photo;
using ProjectMap.Rendering.Synthetic.Scene;
using ProjectMap.Rendering.Synthetic.Timeline;
using ProjectMap.Testing;

namespace ProjectMap.Rendering.Tests.Synthetic;

/// <summary>The synthetic district built from the repository's sample parcels, shared by the tests.</summary>
public static class SampleWorld
{
    private static readonly Lazy<DistrictWorld> Lazy = new(() => SampleSetRenderer.LoadWorld(RepositoryRoot.Combine("sample-imagery"), new SampleStoryTimelineSource()));

    /// <summary>The world.</summary>
    public static DistrictWorld World => Lazy.Value;

    /// <summary>The committed photo folder.</summary>
    public static string PhotoFolder => RepositoryRoot.Combine("sample-imagery", "photos");

    /// <summary>A small, quick shot of a project (600 × 400 px) with the given attitude and extra markers.</summary>
    public static SyntheticShot SmallShot(string code, DateTime at, double heightM, double yawDeg, double pitchDeg, double rollDeg, params GroundMarker[] markers)
    {
        var site = World.SiteOf(ProjectCode.Parse(code));
        var shot = SampleSet.Shot(World, site, at, "test", heightM, yawDeg, pitchDeg, rollDeg, new ShotLook(), "TEST_0001");
        return shot with { WidthPx = 600, Markers = [.. shot.Markers, .. markers] };
    }
}
