using ProjectMap.Domain.Projects;
using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Cameras;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Rendering.Synthetic.Photo;
using ProjectMap.Rendering.Synthetic.Scene;
using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic;

/// <summary>
/// The committed sample photo set: a monthly series 2023-01 … 2023-12 of 鑫奇航 (WJ2023-001) with a nadir overview
/// every month and six extra rotated or oblique shots, and four months each of WJ2023-002 (hydrogen plant, under
/// construction) and WJ2023-003 (rooftop PV). DJI Phantom 4 Pro (FC6310) at 1800 × 1200 px; survey targets (GCP-n)
/// painted at parcel corners. Poses and times are fixed here, so the set is the same every time it is rendered.
/// </summary>
public static class SampleSet
{
    /// <summary>Output width of every sample photo in pixels.</summary>
    public const int WidthPx = 1800;

    /// <summary>The shots of the set, in file order (DJI_0001 …).</summary>
    public static IReadOnlyList<(string Folder, SyntheticShot Shot)> Plan(DistrictWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var shots = new List<(string, SyntheticShot)>();
        var number = 0;
        void Add(string code, int month, int day, int hour, int minute, string kind, double heightM, double yawDeg, double pitchDeg, double rollDeg, ShotLook? look = null)
        {
            number++;
            var site = world.SiteOf(ProjectCode.Parse(code));
            var shot = Shot(world, site, new DateTime(2023, month, day, hour, minute, (number * 7) % 60, DateTimeKind.Unspecified), kind, heightM, yawDeg, pitchDeg, rollDeg,
                look ?? new ShotLook(), $"DJI_{number:D4}");
            shots.Add(($"{code}/2023-{month:D2}", shot));
        }

        // 鑫奇航: one nadir overview a month from 230 m, plus rotated and oblique shots.
        const string Xqh = "WJ2023-001";
        Add(Xqh, 1, 12, 10, 42, "nadir", 230, 0.4, -90, 0, new ShotLook(VisibilityM: 6000, SunStrength: 0.85));
        Add(Xqh, 2, 16, 11, 5, "nadir", 230, -1.2, -90, 0);
        Add(Xqh, 3, 21, 14, 12, "nadir", 230, 0.8, -90, 0);
        Add(Xqh, 3, 21, 14, 20, "oblique", 150, 38, -50, 0);
        Add(Xqh, 4, 18, 10, 30, "nadir", 230, -0.6, -90, 0, new ShotLook(VisibilityM: 7000, SunStrength: 0.7));
        Add(Xqh, 5, 16, 9, 55, "nadir", 230, 1.5, -90, 0);
        Add(Xqh, 6, 13, 10, 18, "nadir", 230, 0.2, -90, 0);
        Add(Xqh, 6, 13, 10, 26, "rotated", 190, -12.1, -90, 0);
        Add(Xqh, 7, 19, 15, 2, "nadir", 230, -0.9, -90, 0);
        Add(Xqh, 7, 19, 15, 10, "oblique", 120, 128, -45, 0);
        Add(Xqh, 8, 17, 9, 40, "nadir", 230, 0.5, -90, 0, new ShotLook(VisibilityM: 12000));
        Add(Xqh, 9, 14, 13, 28, "nadir", 230, -0.3, -90, 0);
        Add(Xqh, 9, 14, 13, 36, "oblique", 160, -32, -55, 0.4);
        Add(Xqh, 10, 19, 10, 50, "nadir", 230, 1.1, -90, 0);
        Add(Xqh, 10, 19, 10, 58, "rotated", 190, 167.9, -90, 0);
        Add(Xqh, 11, 16, 11, 20, "nadir", 230, -1.4, -90, 0);
        Add(Xqh, 12, 14, 10, 35, "nadir", 230, 0.7, -90, 0, new ShotLook(VisibilityM: 8000));
        Add(Xqh, 12, 14, 10, 44, "oblique", 170, 32, -60, 0, new ShotLook(VisibilityM: 8000));

        // 江苏常氢科技 hydrogen project: before the start, excavation, rising frames, December.
        const string Cq = "WJ2023-002";
        Add(Cq, 3, 22, 11, 10, "nadir", 200, 0.3, -90, 0);
        Add(Cq, 6, 15, 14, 40, "rotated", 180, 82, -90, 0);
        Add(Cq, 9, 20, 10, 5, "oblique", 140, -60, -50, 0);
        Add(Cq, 12, 15, 13, 15, "nadir", 200, -0.8, -90, 0, new ShotLook(VisibilityM: 7000));

        // 0.88 MW rooftop PV: before works, installation under way, oblique after completion, December.
        const string Pv = "WJ2023-003";
        Add(Pv, 5, 24, 10, 15, "nadir", 160, 0.6, -90, 0);
        Add(Pv, 8, 23, 9, 50, "rotated", 150, 95, -90, 0);
        Add(Pv, 11, 29, 14, 5, "oblique", 130, 210, -55, 0);
        Add(Pv, 12, 18, 11, 30, "nadir", 160, -0.4, -90, 0);
        return shots;
    }

    /// <summary>
    /// A shot of a site: nadir shots hover over the parcel's centre; oblique ones stand back from it against the yaw so
    /// the optical axis meets the ground at the parcel's centre.
    /// </summary>
    public static SyntheticShot Shot(DistrictWorld world, ProjectSite site, DateTime localTime, string kind, double heightM, double yawDeg, double pitchDeg, double rollDeg, ShotLook look, string fileStem)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(site);
        var (lon, lat) = world.Zone.InverseXY(site.Frame.OriginE, site.Frame.OriginN);
        var target = new GeodeticPoint(lat, lon);
        var camera = target;
        if (pitchDeg > -89.99)
        {
            var back = heightM / Math.Tan(-pitchDeg * Math.PI / 180);
            var (s, c) = Math.SinCos(yawDeg * Math.PI / 180);
            camera = new LocalGroundFrame(target).ToGeodetic(-back * s, -back * c);
        }

        var r = StableRandom.For(fileStem, "flight");
        var pose = new ShotPose(
            camera.LatitudeDeg + r.Range(-2e-6, 2e-6), camera.LongitudeDeg + r.Range(-2e-6, 2e-6), heightM + r.Range(-0.4, 0.4), TakeoffAltitude(site.Project.Code),
            new CameraAttitude(yawDeg, pitchDeg, rollDeg), yawDeg + r.Range(-1.5, 1.5), r.Range(-4.5, -1.0), r.Range(-2.0, 2.0), localTime);
        return new SyntheticShot(fileStem, site.Project.Code, DroneCameraModel.Fc6310, WidthPx, pose, look, Targets(world, site), kind);
    }

    /// <summary>The survey targets painted at a site: 1 m black-and-white checkers just inside three corners of the parcel.</summary>
    public static IReadOnlyList<GroundMarker> Targets(DistrictWorld world, ProjectSite site)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(site);
        double u0 = site.Bounds[0], v0 = site.Bounds[1], u1 = site.Bounds[2], v1 = site.Bounds[3];
        var corners = site.Kind == SiteKind.NewBuild ? new[] { (u0, v0, 1, 1), (u1, v1, -1, -1), (u0, v1, 1, -1) } : [(u0, v1, 1, -1), (u1, v1, -1, -1)];
        var markers = new List<GroundMarker>();
        foreach (var (u, v, su, sv) in corners)
        {
            // Step in along the diagonal until the target sits inside the parcel with room for its border.
            var inset = 2.5;
            while (inset < 30 && !(Inside(site, u + (su * inset), v + (sv * inset)) && Inside(site, u + (su * (inset - 1.5)), v + (sv * (inset - 1.5)))))
            {
                inset += 0.5;
            }

            var g = site.Frame.ToGrid(u + (su * inset), v + (sv * inset));
            var (lon, lat) = world.Zone.InverseXY(g.X, g.Y);
            var position = new GeodeticPoint(Math.Round(lat, 7), Math.Round(lon, 7));
            markers.Add(new GroundMarker($"{site.Project.Code.Value}-GCP-{markers.Count + 1}", position, MarkerKind.Checker, 1.0, SKColors.Black));
        }

        return markers;
    }

    private static bool Inside(ProjectSite site, double u, double v)
    {
        var g = site.Frame.ToGrid(u, v);
        return Rings.Contains(site.ParcelRing, g.X, g.Y);
    }

    private static double TakeoffAltitude(ProjectCode code) => code.Value switch
    {
        "WJ2023-001" => 4.8,
        "WJ2023-002" => 5.6,
        "WJ2023-003" => 4.2,
        _ => 5.0,
    };
}
