using ProjectMap.Cli.Infrastructure;
using ProjectMap.Domain.Projects;
using ProjectMap.Rendering.Synthetic;
using ProjectMap.Rendering.Synthetic.Photo;
using ProjectMap.Rendering.Synthetic.Scene;
using ProjectMap.Testing;

namespace ProjectMap.Rendering.Tests.Synthetic;

/// <summary>The synthetic district built from the repository's sample parcels, shared by the tests.</summary>
public static class SampleWorld
{
    private static readonly Lazy<DistrictWorld> Lazy = new(() =>
    {
        // As `projectmap sample render` builds it: the sample parcels with milestones from the sample ledger.
        var sample = RepositoryRoot.Combine("sample-imagery");
        var projects = SampleSetRenderer.LoadProjects(sample);
        return new DistrictWorld(projects, SampleLedgerTimelines.LoadAsync(sample, projects).GetAwaiter().GetResult());
    });

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
