using NetTopologySuite.Geometries;
using ProjectMap.Domain.Projects;
using ProjectMap.Geodesy.Projections;
using ProjectMap.Rendering.Synthetic.Timeline;
using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>
/// The synthetic district: every sample project's parcel with its invented neighbourhood, on one Gauss-Kruger grid.
/// The ground belongs to the neighbourhood of the nearest project (a Voronoi partition), so the world is the same
/// whichever project a photo is aimed at. <see cref="Compose"/> gives the scene of a region at a date.
/// </summary>
public sealed class DistrictWorld
{
    private readonly List<(ProjectSite Site, Neighbourhood Hood, Coordinate Anchor, SiteTimeline Timeline)> _sites = [];

    /// <summary>Builds the world of <paramref name="projects"/>, with milestones from <paramref name="timelines"/>.</summary>
    public DistrictWorld(IReadOnlyList<Project> projects, ISiteTimelineSource timelines)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(timelines);
        if (projects.Count == 0)
        {
            throw new ArgumentException("the district has no projects", nameof(projects));
        }

        TimelineSource = timelines;
        var centre = projects.SelectMany(p => p.Parcel.Coordinates).ToList();
        Zone = GaussKrugerZone.ForLongitude(centre.Average(c => c.X));
        foreach (var project in projects.Where(p => !p.Parcel.IsEmpty))
        {
            var shell = ((Polygon)project.Parcel.GetGeometryN(0)).Shell.Coordinates;
            var ring = shell.Take(shell.Length - 1).Select(c =>
            {
                var (e, n) = Zone.ForwardXY(c.X, c.Y);
                return new Coordinate(e, n);
            }).ToArray();
            var angle = LongSideAngle(ring);
            var probe = new SiteFrame(0, 0, angle);
            var uv = ring.Select(c => probe.ToSite(c.X, c.Y)).ToArray();
            double u0 = uv.Min(p => p.U), u1 = uv.Max(p => p.U), v0 = uv.Min(p => p.V), v1 = uv.Max(p => p.V);
            var origin = probe.ToGrid((u0 + u1) / 2, (v0 + v1) / 2);
            var frame = new SiteFrame(origin.X, origin.Y, angle);
            double hu = (u1 - u0) / 2, hv = (v1 - v0) / 2;
            var site = new ProjectSite(project, frame, ring, -hu, -hv, hu, hv);
            double cu = Math.Max(hu, site.Kind == SiteKind.NewBuild ? hu : 85), cv = Math.Max(hv, site.Kind == SiteKind.NewBuild ? hv : 65);
            var hood = new Neighbourhood(project.Code.Value, frame, -cu, -cv, cu, cv);
            _sites.Add((site, hood, origin, timelines.For(project)));
        }
    }

    /// <summary>The Gauss-Kruger zone the world is laid out in (grid metres: X = easting, Y = northing).</summary>
    public GaussKrugerZone Zone { get; }

    /// <summary>Where the milestones come from.</summary>
    public ISiteTimelineSource TimelineSource { get; }

    /// <summary>The sites, in project order.</summary>
    public IEnumerable<ProjectSite> Sites => _sites.Select(s => s.Site);

    /// <summary>The timeline of a project.</summary>
    public SiteTimeline TimelineOf(ProjectCode code) => _sites.First(s => s.Site.Project.Code == code).Timeline;

    /// <summary>The site of a project; throws <see cref="KeyNotFoundException"/> when the world has none.</summary>
    public ProjectSite SiteOf(ProjectCode code) =>
        _sites.FirstOrDefault(s => s.Site.Project.Code == code).Site ?? throw new KeyNotFoundException($"no sample project '{code}' in the district");

    /// <summary>Everything in the grid envelope <paramref name="region"/> as it stands on <paramref name="date"/>, plus the markers.</summary>
    public SceneModel Compose(Envelope region, DateOnly date, IReadOnlyList<GroundMarker> markers)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(markers);
        var model = new SceneModel { Background = Palette.Grass(date.Month) };
        var big = new Envelope(region);
        big.ExpandBy(200);
        foreach (var (site, hood, anchor, _) in _sites)
        {
            var cell = Cell(anchor, big);
            if (cell.Length < 3 || !Intersects(cell, region))
            {
                continue;
            }

            var boxes = model.Boxes.Count;
            var trees = model.Trees.Count;
            var clip = _sites.Count > 1 ? cell : null;
            hood.Write(model, region, date.Month, clip);
            if (clip is not null)
            {
                RemoveOutside(model.Boxes, boxes, b => (b.CentreE, b.CentreN), cell);
                RemoveOutside(model.Trees, trees, t => (t.CentreE, t.CentreN), cell);
            }

            if (site.Kind != SiteKind.NewBuild)
            {
                // A small parcel sits inside a larger existing compound that fills the rest of its block.
                var (c0, c1) = hood.Block('u', 0);
                var (d0, d1) = hood.Block('v', 0);
                var w = new SceneWriter(model, site.Frame, clip);
                BlockWriters.Compound(w, StableRandom.For(site.Project.Code.Value, "host"), c0 + 2, d0 + 2, c1 - 2, d1 - 2, date.Month, 30,
                    [site.Bounds[0], site.Bounds[1], site.Bounds[2], site.Bounds[3]]);
            }

            var timeline = _sites.First(s => ReferenceEquals(s.Site, site)).Timeline;
            site.Write(model, ConstructionProgress.At(site.Kind, timeline, date), date.Month);
        }

        foreach (var marker in markers)
        {
            AddMarker(model, marker);
        }

        return model;
    }

    /// <summary>A marker's centre on the world's grid (easting, northing) in metres.</summary>
    public Coordinate GridOf(GroundMarker marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        var (e, n) = Zone.ForwardXY(marker.Position.LongitudeDeg, marker.Position.LatitudeDeg);
        return new Coordinate(e, n);
    }

    private void AddMarker(SceneModel model, GroundMarker marker)
    {
        var c = GridOf(marker);
        const int Layer = 500;
        if (marker.Kind == MarkerKind.Disc)
        {
            model.Items.Add(new DiscItem(Surface.Ground, Layer, null, c, marker.SizeM / 2, marker.Colour));
            return;
        }

        var h = marker.SizeM / 2;
        Coordinate[] Square(double e0, double n0, double e1, double n1) => [new(e0, n0), new(e1, n0), new(e1, n1), new(e0, n1)];
        model.Items.Add(new AreaItem(Surface.Ground, Layer, null, Square(c.X - (h * 1.25), c.Y - (h * 1.25), c.X + (h * 1.25), c.Y + (h * 1.25)), [], new SKColor(245, 245, 240), null));
        model.Items.Add(new AreaItem(Surface.Ground, Layer + 1, null, Square(c.X - h, c.Y, c.X, c.Y + h), [], new SKColor(20, 20, 22), null));
        model.Items.Add(new AreaItem(Surface.Ground, Layer + 1, null, Square(c.X, c.Y - h, c.X + h, c.Y), [], new SKColor(20, 20, 22), null));
    }

    private Coordinate[] Cell(Coordinate anchor, Envelope bounds)
    {
        var poly = new List<Coordinate> { new(bounds.MinX, bounds.MinY), new(bounds.MaxX, bounds.MinY), new(bounds.MaxX, bounds.MaxY), new(bounds.MinX, bounds.MaxY) };
        foreach (var other in _sites.Select(s => s.Anchor).Where(a => !a.Equals2D(anchor)))
        {
            // Keep the half-plane closer to anchor: (p − m) · (other − anchor) ≤ 0 with m the midpoint.
            double mx = (anchor.X + other.X) / 2, my = (anchor.Y + other.Y) / 2, dx = other.X - anchor.X, dy = other.Y - anchor.Y;
            double Side(Coordinate p) => ((p.X - mx) * dx) + ((p.Y - my) * dy);
            var next = new List<Coordinate>();
            for (var i = 0; i < poly.Count; i++)
            {
                Coordinate a = poly[i], b = poly[(i + 1) % poly.Count];
                double sa = Side(a), sb = Side(b);
                if (sa <= 0)
                {
                    next.Add(a);
                }

                if ((sa < 0 && sb > 0) || (sa > 0 && sb < 0))
                {
                    var t = sa / (sa - sb);
                    next.Add(new Coordinate(a.X + ((b.X - a.X) * t), a.Y + ((b.Y - a.Y) * t)));
                }
            }

            poly = next;
            if (poly.Count < 3)
            {
                return [];
            }
        }

        return [.. poly];
    }

    private static bool Intersects(Coordinate[] cell, Envelope region)
    {
        var env = new Envelope();
        foreach (var c in cell)
        {
            env.ExpandToInclude(c);
        }

        return env.Intersects(region);
    }

    private static void RemoveOutside<T>(List<T> list, int from, Func<T, (double E, double N)> at, Coordinate[] cell)
    {
        for (var i = list.Count - 1; i >= from; i--)
        {
            var (e, n) = at(list[i]);
            if (!Rings.Contains(cell, e, n))
            {
                list.RemoveAt(i);
            }
        }
    }

    private static double LongSideAngle(Coordinate[] ring)
    {
        // Orientation of the minimum-area bounding rectangle, taken along its longer side.
        var best = (Area: double.MaxValue, Angle: 0.0);
        for (var i = 0; i < ring.Length; i++)
        {
            Coordinate a = ring[i], b = ring[(i + 1) % ring.Length];
            var angle = Math.Atan2(b.Y - a.Y, b.X - a.X);
            var frame = new SiteFrame(0, 0, angle);
            var uv = ring.Select(c => frame.ToSite(c.X, c.Y)).ToArray();
            double du = uv.Max(p => p.U) - uv.Min(p => p.U), dv = uv.Max(p => p.V) - uv.Min(p => p.V);
            if (du * dv < best.Area - 1e-6)
            {
                best = (du * dv, du >= dv ? angle : angle + (Math.PI / 2));
            }
        }

        // Normalise to (−90°, 90°] so u points roughly east.
        var result = best.Angle;
        while (result > Math.PI / 2)
        {
            result -= Math.PI;
        }

        while (result <= -Math.PI / 2)
        {
            result += Math.PI;
        }

        return result;
    }
}
