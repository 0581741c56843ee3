using NetTopologySuite.Geometries;
using ProjectMap.Domain.Projects;
using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>
/// Paints one project's parcel as it stands at a date: cleared soil, hoarding and site camp, foundation pits, rising
/// concrete frames in green netting and steel halls, tower cranes, roofs, paving and planting, photovoltaic modules.
/// The buildings are the project's own list, laid out by <see cref="BuildingLayout"/>.
/// </summary>
public sealed class ProjectSite
{
    private const int Base = 40;

    /// <summary>Creates the site of a project whose parcel (grid ring) spans [u0, u1] × [v0, v1] in <paramref name="frame"/>.</summary>
    public ProjectSite(Project project, SiteFrame frame, Coordinate[] parcelRing, double u0, double v0, double u1, double v1)
    {
        ArgumentNullException.ThrowIfNull(project);
        Project = project;
        Frame = frame;
        ParcelRing = parcelRing;
        Bounds = [u0, v0, u1, v1];
        Kind = Classify(project, (u1 - u0) * (v1 - v0));
        var setback = Kind == SiteKind.NewBuild ? 10 : 6;
        Layout = BuildingLayout.Place(project.Buildings, u0, v0, u1, v1, setback);
    }

    /// <summary>The project.</summary>
    public Project Project { get; }

    /// <summary>The site frame (u along the parcel's long side).</summary>
    public SiteFrame Frame { get; }

    /// <summary>The parcel's outer ring in grid metres.</summary>
    public Coordinate[] ParcelRing { get; }

    /// <summary>The parcel's rectangle in site metres: u0, v0, u1, v1.</summary>
    public double[] Bounds { get; }

    /// <summary>What the project does to its parcel.</summary>
    public SiteKind Kind { get; }

    /// <summary>Where its buildings stand.</summary>
    public BuildingLayout Layout { get; }

    /// <summary>Reads the kind of site from the project's attributes (see <see cref="SiteKind"/>).</summary>
    public static SiteKind Classify(Project project, double parcelAreaM2)
    {
        ArgumentNullException.ThrowIfNull(project);
        static bool Existing(Building b) => b.NameZh.Contains("既有", StringComparison.Ordinal) ||
                                             (b.NameEn?.StartsWith("Existing", StringComparison.OrdinalIgnoreCase) ?? false);
        if (project.Buildings.Any(b => b.Kind == BuildingKind.Canopy))
        {
            return SiteKind.PvCarport;
        }

        if (project.PhotovoltaicKwp is > 0 && project.Buildings.Any(Existing))
        {
            return SiteKind.RooftopPv;
        }

        var newFootprint = project.Buildings.Where(b => !Existing(b)).Sum(b => b.FootprintM2);
        return newFootprint < parcelAreaM2 * 0.15 ? SiteKind.Retrofit : SiteKind.NewBuild;
    }

    /// <summary>Writes the site at progress <paramref name="p"/> in month <paramref name="month"/> (1–12).</summary>
    public void Write(SceneModel model, ConstructionProgress p, int month)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(p);
        var w = new SceneWriter(model, Frame, null);
        var r = StableRandom.For(Project.Code.Value, "site");
        switch (Kind)
        {
            case SiteKind.NewBuild:
                NewBuild(w, r, p, month);
                break;
            case SiteKind.RooftopPv:
                RooftopPv(w, r, p, month);
                break;
            case SiteKind.PvCarport:
                Carport(w, r, p);
                break;
            default:
                Retrofit(w, r, p, month);
                break;
        }
    }

    private void NewBuild(SceneWriter w, StableRandom r, ConstructionProgress p, int month)
    {
        double u0 = Bounds[0], v0 = Bounds[1], u1 = Bounds[2], v1 = Bounds[3];
        var ground = Palette.Mix(Palette.Field(month, 2), Palette.Soil, p.Clearance);
        w.GridPolygon(Base, ParcelRing, ground);
        var tracks = StableRandom.For(Project.Code.Value, "tracks");

        // Remaining weeds on the cleared land, soil heaps and tyre tracks.
        if (p.Paving < 1)
        {
            for (var k = 0; k < 26; k++)
            {
                double cu = tracks.Range(u0 + 8, u1 - 8), cv = tracks.Range(v0 + 8, v1 - 8), rad = tracks.Range(4, 14);
                var weeds = Palette.Mix(Palette.Grass(month), Palette.Soil, 0.35 + (0.65 * p.Clearance));
                w.SoftDisc(Base + 1, cu, cv, rad, rad * 0.35, k % 3 == 0 ? weeds : Palette.Vary(Palette.Soil, tracks, 0.1));
            }

            if (p.Clearance > 0.3)
            {
                for (var k = 0; k < 7; k++)
                {
                    var pts = new (double, double)[6];
                    double cu = tracks.Range(u0, u1), cv = tracks.Range(v0, v1), heading = tracks.Range(0, Math.PI);
                    for (var q = 0; q < pts.Length; q++)
                    {
                        heading += tracks.Range(-0.5, 0.5);
                        cu += 22 * Math.Cos(heading);
                        cv += 22 * Math.Sin(heading);
                        pts[q] = (Math.Clamp(cu, u0 + 3, u1 - 3), Math.Clamp(cv, v0 + 3, v1 - 3));
                    }

                    w.Line(Base + 2, 2.6, Palette.Shade(Palette.Soil, 0.86), null, pts);
                }
            }
        }

        var yardEnd = Layout.YardEndU;
        if (p.SiteSetUp)
        {
            Hoarding(w, p.Paving > 0.6);

            // Gravel access road from the gate on the front road, and the site camp of two-storey prefab cabins.
            var gateU = u0 + ((yardEnd - u0) * 0.5);
            w.Rect(Base + 3, gateU - 4, v0, gateU + 4, v1 - 12, Palette.Hardstanding);
            w.Rect(Base + 3, u0 + 6, v0 + 6, yardEnd - 4, v0 + 14, Palette.Hardstanding);
            if (p.Landscaping < 0.5)
            {
                var camp = StableRandom.For(Project.Code.Value, "camp");
                for (var row = 0; row < 2; row++)
                {
                    for (var k = 0; k < 3; k++)
                    {
                        double cu = u0 + 9 + (k * 7.5), cv = v1 - 14 - (row * 20);
                        w.Box(cu, cv, 3.2, 8, 0, 5.8, Palette.Vary(camp.Chance(0.7) ? Palette.HoardingBlue : Palette.WhiteRoof, camp, 0.05),
                            new WallLook(WallKind.Windows, Palette.WhiteWall, 2.9, Palette.Glass), turnRad: 0);
                    }
                }
            }
        }

        foreach (var (b, index) in Layout.Placed.Select((b, i) => (b, i)))
        {
            var pr = StableRandom.For(Project.Code.Value, "b", index);
            Pit(w, b, p);
            if (p.Structure > 0)
            {
                if (b.IsSteelHall)
                {
                    SteelHall(w, b, p);
                }
                else
                {
                    ConcreteBuilding(w, b, p);
                }
            }

            if (p.CranesUp && (b.FootprintM2 > 2500 || !b.IsSteelHall))
            {
                Crane(w, pr, b);
            }
        }

        SiteWorks(w, r, p, month);
        Machinery(w, p);
    }

    private void Hoarding(SceneWriter w, bool final)
    {
        var colour = final ? new SKColor(120, 124, 126) : Palette.HoardingBlue;
        var ring = ParcelRing.Append(ParcelRing[0]).ToArray();
        w.Model.Items.Add(new LineItem(Surface.Ground, Base + 30, null, ring, final ? 0.3 : 0.5, colour, null));
        for (var i = 0; i + 1 < ring.Length; i++)
        {
            double e0 = ring[i].X, n0 = ring[i].Y, e1 = ring[i + 1].X, n1 = ring[i + 1].Y;
            var length = Math.Sqrt(((e1 - e0) * (e1 - e0)) + ((n1 - n0) * (n1 - n0)));
            if (length < 0.5)
            {
                continue;
            }

            var wall = new WallLook(WallKind.Plain, colour, 10, Palette.WhiteWall);
            w.Model.Boxes.Add(new SceneBox((e0 + e1) / 2, (n0 + n1) / 2, Math.Atan2(n1 - n0, e1 - e0), length / 2, final ? 0.1 : 0.15, 0, final ? 1.8 : 2.4, colour, false, wall));
        }
    }

    private static void Pit(SceneWriter w, PlacedBuilding b, ConstructionProgress p)
    {
        if (p.Excavation <= 0 || p.Cladding >= 1)
        {
            return;
        }

        var margin = b.IsSteelHall ? 2.0 : 4.0;
        double a0 = b.U0 - margin, a1 = b.U1 + margin;
        var dug = a0 + ((a1 - a0) * p.Excavation);
        w.Rect(Base + 5, a0 - 1.5, b.V0 - margin - 1.5, dug + 1.5, b.V1 + margin + 1.5, Palette.Shade(Palette.Soil, 1.08));
        w.Rect(Base + 6, a0, b.V0 - margin, dug, b.V1 + margin, Palette.Shade(Palette.WetSoil, 1.12));
        w.Rect(Base + 6, a0 + 2.5, b.V0 - margin + 2.5, Math.Max(a0 + 2.5, dug - 2.5), b.V1 + margin - 2.5, Palette.WetSoil);
        if (!b.IsSteelHall)
        {
            // Shoring piles along the pit edge of the deeper basement.
            w.Line(Base + 7, 0.8, new SKColor(120, 116, 108), null, (a0, b.V0 - margin), (dug, b.V0 - margin));
            w.Line(Base + 7, 0.8, new SKColor(120, 116, 108), null, (a0, b.V1 + margin), (dug, b.V1 + margin));
        }

        if (p.Foundations > 0)
        {
            var poured = b.U0 + ((b.U1 - b.U0) * p.Foundations);
            var rebar = new StripePattern(w.Frame.AngleRad, 0.6, 0.12, Palette.Rebar);
            w.Rect(Base + 8, b.U0, b.V0, Math.Min(b.U1, poured + 12), b.V1, Palette.Shade(Palette.FreshConcrete, 0.8), rebar);
            w.Rect(Base + 9, b.U0, b.V0, poured, b.V1, Palette.FreshConcrete);
        }
    }

    private static void ConcreteBuilding(SceneWriter w, PlacedBuilding b, ConstructionProgress p)
    {
        var storeys = Math.Max(1, b.Building.Storeys);
        var levels = Math.Max(1, (int)Math.Ceiling(p.Structure * storeys));
        var done = p.Structure >= 1;
        var height = done ? b.HeightM : levels * b.StoreyHeightM;
        double cu = (b.U0 + b.U1) / 2, cv = (b.V0 + b.V1) / 2, hu = (b.U1 - b.U0) / 2, hv = (b.V1 - b.V0) / 2;
        var facade = new WallLook(WallKind.Windows, new SKColor(226, 228, 226), b.StoreyHeightM, new SKColor(64, 98, 132));
        var roofColour = done ? new SKColor(172, 174, 172) : Palette.Formwork;
        w.Box(cu, cv, hu, hv, 0, height, roofColour, facade, roofFromLayer: true);
        if (!done)
        {
            // Top floor under construction: formwork with rebar mats and a poured part.
            w.Rect(Base + 60, b.U0, b.V0, b.U1, b.V1, Palette.Formwork, new StripePattern(w.Frame.AngleRad, 0.5, 0.1, Palette.Rebar), Surface.Roof);
            var frac = (p.Structure * storeys) - Math.Floor(p.Structure * storeys);
            w.Rect(Base + 61, b.U0, b.V0, b.U0 + ((b.U1 - b.U0) * frac), b.V1, Palette.FreshConcrete, null, Surface.Roof);
        }
        else
        {
            w.Rect(Base + 60, b.U0, b.V0, b.U1, b.V1, new SKColor(176, 178, 174), new StripePattern(w.Frame.AngleRad, 6, 0.15, new SKColor(150, 152, 150)), Surface.Roof);
            w.RoofLine(Base + 61, 0.5, new SKColor(200, 202, 200), (b.U0 + 0.3, b.V0 + 0.3), (b.U1 - 0.3, b.V0 + 0.3), (b.U1 - 0.3, b.V1 - 0.3), (b.U0 + 0.3, b.V1 - 0.3), (b.U0 + 0.3, b.V0 + 0.3));
            w.Box(b.U0 + ((b.U1 - b.U0) * 0.3), cv, 4, 3, height, height + 3.6, new SKColor(170, 170, 166), new WallLook(WallKind.Plain, new SKColor(220, 220, 214), 4, Palette.Glass));
            if (p.Equipment > 0)
            {
                var units = (int)Math.Round(6 * p.Equipment);
                for (var k = 0; k < units; k++)
                {
                    w.Box(b.U0 + ((b.U1 - b.U0) * (0.55 + (0.07 * k))), cv + (k % 2 == 0 ? -3 : 3), 1.4, 1.1, height, height + 1.8, new SKColor(200, 204, 206), new WallLook(WallKind.Ribbed, new SKColor(190, 194, 196), 3, new SKColor(150, 154, 156)));
                }
            }
        }

        if (p.Cladding < 1)
        {
            // Scaffolding in green safety netting around the rising frame.
            var scaffoldTop = height + (done ? 0.5 : 1.8);
            var netting = new WallLook(WallKind.Netting, Palette.Netting, 1.8, Palette.Shade(Palette.Netting, 0.8));
            w.Box(cu, b.V0 - 0.9, hu + 1.8, 0.6, 0, scaffoldTop, Palette.Shade(Palette.Netting, 0.9), netting);
            w.Box(cu, b.V1 + 0.9, hu + 1.8, 0.6, 0, scaffoldTop, Palette.Shade(Palette.Netting, 0.9), netting);
            w.Box(b.U0 - 0.9, cv, 0.6, hv, 0, scaffoldTop, Palette.Shade(Palette.Netting, 0.9), netting);
            w.Box(b.U1 + 0.9, cv, 0.6, hv, 0, scaffoldTop, Palette.Shade(Palette.Netting, 0.9), netting);
        }

    }

    private static void SteelHall(SceneWriter w, PlacedBuilding b, ConstructionProgress p)
    {
        double width = b.U1 - b.U0, depth = b.V1 - b.V0;
        var columnHeight = b.HeightM * Math.Min(1, p.Structure / 0.45);
        var roofDone = b.U0 + (width * p.Roof);
        var covered = p.Roof > 0 ? roofDone : b.U0;
        var roof = b.Building.Kind == BuildingKind.Warehouse ? Palette.BlueRoof : new SKColor(206, 210, 212);
        var finished = p.Cladding >= 0.5;
        var wallColour = finished ? new SKColor(214, 218, 220) : Palette.Mix(Palette.SteelGrey, new SKColor(214, 218, 220), p.Cladding);
        var wall = new WallLook(WallKind.Ribbed, wallColour, b.StoreyHeightM, finished ? new SKColor(70, 100, 130) : Palette.Shade(wallColour, 0.85));

        // Enclosed part.
        if (covered > b.U0 + 1)
        {
            w.Box((b.U0 + covered) / 2, (b.V0 + b.V1) / 2, (covered - b.U0) / 2, depth / 2, 0, b.HeightM, roof, wall, roofFromLayer: true);
            BlockWriters.RoofRibs(w, b.U0, b.V0, covered, b.V1, roof, Base + 60, skylights: true);
            if (finished && p.Equipment > 0)
            {
                for (var k = 0; k < (int)Math.Round(8 * p.Equipment); k++)
                {
                    w.Box(b.U0 + 8 + (k * 9), b.V1 - 6, 1.5, 1.5, b.HeightM, b.HeightM + 1.4, new SKColor(196, 198, 200), new WallLook(WallKind.Plain, new SKColor(186, 190, 192), 3, new SKColor(150, 150, 150)));
                }
            }
        }

        // Open steel frame: columns on an 8 m × 24 m grid and rafters across the span.
        var spanCount = Math.Max(1, (int)Math.Round(depth / 24));
        for (var u = b.U0; u <= b.U1 + 0.01; u += width / Math.Max(1, Math.Round(width / 8)))
        {
            if (u < covered - 0.5)
            {
                continue;
            }

            for (var k = 0; k <= spanCount; k++)
            {
                var v = b.V0 + (depth * k / spanCount);
                w.Box(u, v, 0.3, 0.3, 0, columnHeight, Palette.SteelPrimer, new WallLook(WallKind.Plain, Palette.SteelPrimer, 10, Palette.SteelPrimer));
            }

            if (p.Structure > 0.45)
            {
                var built = Math.Min(1, (p.Structure - 0.45) / 0.5);
                var reach = depth * built;
                w.Box(u, b.V0 + (reach / 2), 0.2, reach / 2, b.HeightM - 0.9, b.HeightM - 0.2, Palette.SteelPrimer, new WallLook(WallKind.Plain, Palette.SteelPrimer, 10, Palette.SteelPrimer));
            }
        }

        // Floor slab inside the frame, and a steel stack and mobile crane beside it.
        w.Rect(Base + 10, covered, b.V0, b.U1, b.V1, Palette.FreshConcrete);
        if (p.Roof < 1)
        {
            for (var k = 0; k < 5; k++)
            {
                w.Box(b.U1 + 6, b.V0 + 6 + (k * 2), 6, 0.4, 0, 0.6 + (k * 0.1), Palette.SteelPrimer, new WallLook(WallKind.Plain, Palette.SteelPrimer, 10, Palette.SteelPrimer));
            }

            var craneU = Math.Max(covered, b.U0) + 6;
            w.Box(craneU, b.V0 - 6, 5, 1.4, 0, 3.2, Palette.CraneYellow, new WallLook(WallKind.Plain, Palette.CraneYellow, 10, Palette.CraneYellow));
            w.Box(craneU + 6, b.V0 - 6 + 6, 0.35, 9, 10, 10.8, Palette.CraneYellow, new WallLook(WallKind.Plain, Palette.CraneYellow, 10, Palette.CraneYellow), turnRad: 0.3);
        }

    }

    private static void Crane(SceneWriter w, StableRandom r, PlacedBuilding b)
    {
        var mastU = b.U1 + 5;
        var mastV = (b.V0 + b.V1) / 2;
        var top = b.HeightM + 14;
        var yellow = new WallLook(WallKind.Ribbed, Palette.CraneYellow, 1.5, Palette.Shade(Palette.CraneYellow, 0.7));
        w.Box(mastU, mastV, 0.9, 0.9, 0, top + 4, Palette.CraneYellow, yellow);
        var jibAngle = r.Range(0, Math.PI * 2);
        var (s, c) = Math.SinCos(jibAngle);
        const double Jib = 50, Counter = 14;
        w.Box(mastU + (c * Jib / 2), mastV + (s * Jib / 2), Jib / 2, 0.6, top, top + 1.4, Palette.CraneYellow, yellow, turnRad: jibAngle);
        w.Box(mastU - (c * Counter / 2), mastV - (s * Counter / 2), Counter / 2, 1.0, top, top + 1.2, Palette.CraneYellow, yellow, turnRad: jibAngle);
        w.Box(mastU - (c * (Counter - 2)), mastV - (s * (Counter - 2)), 1.6, 1.4, top - 1.5, top + 1.2, new SKColor(150, 150, 146), new WallLook(WallKind.Plain, new SKColor(160, 160, 156), 3, new SKColor(150, 150, 146)), turnRad: jibAngle);
        w.Box(mastU, mastV, 1.2, 1.2, top + 1.4, top + 3.4, new SKColor(200, 200, 196), new WallLook(WallKind.Windows, Palette.CraneYellow, 2, Palette.Glass));
    }

    private void SiteWorks(SceneWriter w, StableRandom r, ConstructionProgress p, int month)
    {
        if (p.Paving <= 0 && p.Landscaping <= 0)
        {
            return;
        }

        double u0 = Bounds[0], v0 = Bounds[1], u1 = Bounds[2], v1 = Bounds[3];
        var yardEnd = Layout.YardEndU;

        // Internal ring road and yards, paved in order; planting strips along the boundary.
        var pieces = new List<double[]>
        {
            new[] { u0 + 10, v0 + 8, u1 - 10, v0 + 15 },
            new[] { u0 + 10, v1 - 15, u1 - 10, v1 - 8 },
            new[] { u0 + 10, v0 + 8, u0 + 17, v1 - 8 },
            new[] { u1 - 17, v0 + 8, u1 - 10, v1 - 8 },
            new[] { u0 + 17, v0 + 15, yardEnd - 6, v1 - 15 },
        };
        foreach (var b in Layout.Placed)
        {
            pieces.Add([b.U0 - 6, b.V0 - 6, b.U1 + 6, b.V0]);
            pieces.Add([b.U0 - 6, b.V1, b.U1 + 6, b.V1 + 6]);
        }

        var done = (int)Math.Round(pieces.Count * p.Paving);
        for (var k = 0; k < pieces.Count; k++)
        {
            var q = pieces[k];
            w.Rect(Base + 4, q[0], q[1], q[2], q[3], k < done ? (k < 4 ? Palette.NewAsphalt : Palette.Concrete) : Palette.Hardstanding);
        }

        if (done > 4)
        {
            // Parking bays in the entrance yard.
            for (var u = u0 + 20; u < yardEnd - 8; u += 2.5)
            {
                w.Line(Base + 11, 0.12, Palette.RoadWhite, null, (u, v0 + 22), (u, v0 + 27));
                w.Line(Base + 11, 0.12, Palette.RoadWhite, null, (u, v1 - 27), (u, v1 - 22));
            }
        }

        if (p.Landscaping > 0)
        {
            var strips = new List<double[]>
            {
                new[] { u0 + 1, v0 + 1, u1 - 1, v0 + 7.5 },
                new[] { u0 + 1, v1 - 7.5, u1 - 1, v1 - 1 },
                new[] { u0 + 1, v0 + 7.5, u0 + 9.5, v1 - 7.5 },
                new[] { u1 - 9.5, v0 + 7.5, u1 - 1, v1 - 7.5 },
                new[] { u0 + 20, v0 + 30, yardEnd - 10, v1 - 30 },
            };
            var planted = p.Landscaping * strips.Count;
            for (var k = 0; k < strips.Count; k++)
            {
                var share = Math.Clamp(planted - k, 0, 1);
                if (share <= 0)
                {
                    break;
                }

                var q = strips[k];
                var end = q[0] + ((q[2] - q[0]) * share);
                w.Rect(Base + 12, q[0], q[1], end, q[3], Palette.Grass(month));
                for (var u = q[0] + 8; u < end - 6; u += 8)
                {
                    w.Tree(u, (q[1] + q[3]) / 2, r.Range(1.2, 1.8), r.Range(3.5, 5), Palette.Vary(Palette.Evergreen(month), r, 0.1));
                }
            }
        }
    }

    private void Machinery(SceneWriter w, ConstructionProgress p)
    {
        if (!p.Started && p.Clearance < 0.5)
        {
            return;
        }

        var m = StableRandom.For(Project.Code.Value, "machines", p.Excavation, p.Structure);
        double u0 = Bounds[0], v0 = Bounds[1], u1 = Bounds[2], v1 = Bounds[3];
        var count = p.Paving >= 1 ? 0 : p.Started ? 7 : 2;
        for (var k = 0; k < count; k++)
        {
            double cu = m.Range(u0 + 15, u1 - 15), cv = m.Range(v0 + 15, v1 - 15), turn = m.Range(0, Math.PI);
            if (m.Chance(0.5))
            {
                // Excavator: body, cab and arm.
                var yellow = new WallLook(WallKind.Plain, Palette.CraneYellow, 10, Palette.CraneYellow);
                w.Box(cu, cv, 2.2, 1.6, 0.3, 2.6, Palette.CraneYellow, yellow, turnRad: turn);
                w.Box(cu + (3.5 * Math.Cos(turn)), cv + (3.5 * Math.Sin(turn)), 2.5, 0.35, 1.5, 2.3, Palette.Shade(Palette.CraneYellow, 0.8), yellow, turnRad: turn);
            }
            else
            {
                // Dump truck.
                var body = new WallLook(WallKind.Plain, new SKColor(60, 96, 150), 10, Palette.Glass);
                w.Box(cu, cv, 4.2, 1.25, 0.4, 3.1, new SKColor(150, 120, 90), body, turnRad: turn);
            }
        }
    }

    private void RooftopPv(SceneWriter w, StableRandom r, ConstructionProgress p, int month)
    {
        double u0 = Bounds[0], v0 = Bounds[1], u1 = Bounds[2], v1 = Bounds[3];
        var shed = Layout.Placed.FirstOrDefault();
        BlockWriters.Compound(w, r, u0, v0, u1, v1, month, Base, shed is null ? null : [shed.U0, shed.V0, shed.U1, shed.V1]);
        if (shed is null)
        {
            return;
        }

        var roof = new SKColor(196, 200, 200);
        var wall = new WallLook(WallKind.Ribbed, new SKColor(200, 204, 206), 6, new SKColor(164, 170, 174));
        var height = Math.Max(9, shed.HeightM + 3);
        w.Box((shed.U0 + shed.U1) / 2, (shed.V0 + shed.V1) / 2, (shed.U1 - shed.U0) / 2, (shed.V1 - shed.V0) / 2, 0, height, roof, wall, roofFromLayer: true);
        BlockWriters.RoofRibs(w, shed.U0, shed.V0, shed.U1, shed.V1, roof, Base + 60, skylights: false);
        PvArray(w, shed.U0 + 2, shed.V0 + 2, shed.U1 - 2, shed.V1 - 2, p.Photovoltaic, Surface.Roof);
        if (p.Started && p.Photovoltaic < 1)
        {
            // Module pallets staged in the yard.
            for (var k = 0; k < 10; k++)
            {
                w.Box(shed.U0 + 4 + (k * 2.6), shed.V0 - 7, 1.1, 1.0, 0, 1.3, Palette.Shade(Palette.PvPanel, 1.4), new WallLook(WallKind.Plain, new SKColor(170, 150, 120), 10, Palette.PvPanel));
            }
        }
    }

    private void Carport(SceneWriter w, StableRandom r, ConstructionProgress p)
    {
        double u0 = Bounds[0], v0 = Bounds[1], u1 = Bounds[2], v1 = Bounds[3];
        w.Rect(Base, u0, v0, u1, v1, Palette.Asphalt);
        var canopy = Layout.Placed.FirstOrDefault();
        for (var u = u0 + 2; u < u1 - 2; u += 2.5)
        {
            w.Line(Base + 1, 0.12, Palette.RoadWhite, null, (u, v0 + 2), (u, v0 + 7.5));
            w.Line(Base + 1, 0.12, Palette.RoadWhite, null, (u, v1 - 7.5), (u, v1 - 2));
            foreach (var cv in new[] { v0 + 4.75, v1 - 4.75 })
            {
                if (r.Chance(0.55))
                {
                    var colour = r.Pick(Palette.CarColours);
                    w.Box(u + 1.25, cv, 0.9, 2.25, 0, 1.45, colour, new WallLook(WallKind.Plain, colour, 10, colour));
                }
            }
        }

        if (canopy is null || !p.Started)
        {
            return;
        }

        // Two canopy rows over the bays: posts first, then the PV roof.
        var rowDepth = Math.Min(6, (canopy.V1 - canopy.V0) / 2);
        foreach (var (cv0, cv1) in new[] { (v0 + 1.5, v0 + 1.5 + rowDepth), (v1 - 1.5 - rowDepth, v1 - 1.5) })
        {
            var length = (canopy.U1 - canopy.U0) * Math.Min(1, p.Structure * 1.2);
            for (var u = canopy.U0; u <= canopy.U0 + length; u += 7.5)
            {
                w.Box(u, (cv0 + cv1) / 2, 0.15, 0.15, 0, 2.9, Palette.SteelGrey, new WallLook(WallKind.Plain, Palette.SteelGrey, 10, Palette.SteelGrey));
            }

            if (p.Structure >= 1)
            {
                var covered = canopy.U0 + ((canopy.U1 - canopy.U0) * Math.Max(0.05, p.Photovoltaic));
                w.Box((canopy.U0 + covered) / 2, (cv0 + cv1) / 2, (covered - canopy.U0) / 2, (cv1 - cv0) / 2, 2.9, 3.2, Palette.PvPanel, new WallLook(WallKind.Plain, Palette.SteelGrey, 10, Palette.SteelGrey), roofFromLayer: true);
                PvArray(w, canopy.U0, cv0, covered, cv1, 1, Surface.Roof);
            }
        }
    }

    private void Retrofit(SceneWriter w, StableRandom r, ConstructionProgress p, int month)
    {
        double u0 = Bounds[0], v0 = Bounds[1], u1 = Bounds[2], v1 = Bounds[3];
        var room = Layout.Placed.FirstOrDefault();
        BlockWriters.Compound(w, r, u0, v0, u1, v1, month, Base, room is null ? null : [room.U0 - 8, room.V0 - 8, room.U1 + 8, room.V1 + 8]);
        if (room is null || !p.Started)
        {
            return;
        }

        w.Rect(Base + 4, room.U0 - 6, room.V0 - 6, room.U1 + 6, room.V1 + 6, p.Equipment >= 1 ? Palette.Concrete : Palette.Hardstanding);
        if (p.Structure > 0)
        {
            var h = room.HeightM * Math.Min(1, p.Structure);
            w.Box((room.U0 + room.U1) / 2, (room.V0 + room.V1) / 2, (room.U1 - room.U0) / 2, (room.V1 - room.V0) / 2, 0, h,
                p.Roof >= 1 ? new SKColor(186, 190, 192) : Palette.Formwork, new WallLook(WallKind.Ribbed, new SKColor(206, 210, 212), 5, new SKColor(170, 174, 178)));
        }

        // Heat exchangers, tanks and pipe runs arrive as the equipment goes in.
        var items = (int)Math.Round(6 * p.Equipment);
        for (var k = 0; k < items; k++)
        {
            var cu = room.U1 + 3 + ((k % 3) * 3.2);
            var cv = room.V0 + 2 + ((k / 3) * 4);
            w.Box(cu, cv, 1.2, 1.2, 0, 2.6, new SKColor(170, 180, 186), new WallLook(WallKind.Plain, new SKColor(176, 186, 190), 3, new SKColor(140, 150, 156)));
        }

        if (p.Equipment > 0.3)
        {
            w.Line(Base + 20, 0.5, new SKColor(200, 200, 196), null, (room.U1, (room.V0 + room.V1) / 2), (u1 - 12, (room.V0 + room.V1) / 2), (u1 - 12, v1 - 20));
        }

        if (p.Equipment < 1)
        {
            w.Line(Base + 21, 0.4, Palette.HoardingBlue, null, (room.U0 - 6, room.V0 - 6), (room.U1 + 12, room.V0 - 6), (room.U1 + 12, room.V1 + 6), (room.U0 - 6, room.V1 + 6), (room.U0 - 6, room.V0 - 6));
        }
    }

    private static void PvArray(SceneWriter w, double a0, double b0, double a1, double b1, double fraction, Surface surface)
    {
        if (fraction <= 0)
        {
            return;
        }

        // Rows of modules 2.2 m deep with 0.6 m service gaps, installed from the u0 end.
        var end = a0 + ((a1 - a0) * Math.Clamp(fraction, 0, 1));
        for (var b = b0; b + 2.2 <= b1; b += 2.8)
        {
            w.Rect(Base + 70, a0, b, end, b + 2.2, Palette.PvPanel, new StripePattern(w.Frame.AngleRad + (Math.PI / 2), 1.05, 0.05, Palette.PvFrame), surface);
        }
    }
}
