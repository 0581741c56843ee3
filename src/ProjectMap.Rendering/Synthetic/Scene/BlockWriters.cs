using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>Paints the content of one block of the invented district (site metres [u0, u1] × [v0, v1]).</summary>
public static class BlockWriters
{
    private static readonly SKColor[] ShedRoofs = [Palette.BlueRoof, Palette.WhiteRoof, Palette.GreyRoof, Palette.BlueRoof, new(104, 132, 160), Palette.WhiteRoof];
    private static readonly SKColor[] HouseRoofs = [new(96, 98, 104), new(150, 86, 64), new(70, 104, 150), new(120, 120, 124), new(168, 104, 72)];

    /// <summary>One to three factory plots with walls, concrete yards, sheds, an office block, parking and trees.</summary>
    public static void Factory(SceneWriter w, StableRandom r, double u0, double v0, double u1, double v1, int month, int layer)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        w.Rect(layer, u0, v0, u1, v1, Palette.Grass(month));
        var plots = Math.Clamp((int)((u1 - u0) / 110), 1, 3);
        var cuts = Enumerable.Range(0, plots + 1).Select(k => u0 + ((u1 - u0) * k / plots)).ToArray();
        for (var p = 0; p < plots; p++)
        {
            Compound(w, r, cuts[p] + 2, v0 + 2, cuts[p + 1] - 2, v1 - 2, month, layer + 1, avoid: null);
        }
    }

    /// <summary>
    /// An existing factory compound: wall, yard, one or two sheds, an office block, parking rows and trees; nothing is
    /// placed over <paramref name="avoid"/> (site metres u0, v0, u1, v1) when given.
    /// </summary>
    public static void Compound(SceneWriter w, StableRandom r, double u0, double v0, double u1, double v1, int month, int layer, double[]? avoid)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        w.Rect(layer, u0, v0, u1, v1, Palette.Vary(Palette.Concrete, r, 0.06));
        w.Line(layer + 1, 0.4, new SKColor(200, 200, 196), null, (u0, v0), (u1, v0), (u1, v1), (u0, v1), (u0, v0));
        double width = u1 - u0, depth = v1 - v0;
        bool Free(double a0, double b0, double a1, double b1) =>
            avoid is null || a1 < avoid[0] - 6 || a0 > avoid[2] + 6 || b1 < avoid[1] - 6 || b0 > avoid[3] + 6;

        // Green strip and trees along the front (v0) edge.
        w.Rect(layer + 1, u0 + 1, v0 + 1, u1 - 1, v0 + 6, Palette.Grass(month));
        for (var u = u0 + 4; u < u1 - 4; u += r.Range(6, 9))
        {
            if (Free(u - 2, v0, u + 2, v0 + 6))
            {
                w.Tree(u, v0 + 3.5, r.Range(1.8, 2.6), r.Range(5, 8), Palette.Vary(Palette.Evergreen(month), r, 0.12));
            }
        }

        // Main shed(s) at the back, office at the front.
        var sheds = width > 140 ? 2 : 1;
        var shedDepth = depth * r.Range(0.45, 0.62);
        for (var s = 0; s < sheds; s++)
        {
            var a0 = u0 + 8 + ((width - 16) * s / sheds) + 3;
            var a1 = u0 + 8 + ((width - 16) * (s + 1) / sheds) - 3;
            double b1 = v1 - 8, b0 = b1 - shedDepth;
            if (!Free(a0, b0, a1, b1) || a1 - a0 < 15)
            {
                continue;
            }

            var roof = Palette.Vary(r.Pick(ShedRoofs), r, 0.05);
            var height = r.Range(9, 16);
            var wall = new WallLook(WallKind.Ribbed, Palette.Vary(Palette.GreyCladding, r, 0.05), 6, Palette.Shade(Palette.GreyCladding, 0.85));
            w.Box((a0 + a1) / 2, (b0 + b1) / 2, (a1 - a0) / 2, (b1 - b0) / 2, 0, height, roof, wall, roofFromLayer: true);
            RoofRibs(w, a0, b0, a1, b1, roof, layer, skylights: r.Chance(0.7));
        }

        var officeW = Math.Min(width * 0.35, r.Range(30, 55));
        var oa0 = u0 + 8 + r.Range(0, Math.Max(0, width - officeW - 16));
        double ob0 = v0 + 10, ob1 = ob0 + r.Range(14, 18);
        if (Free(oa0, ob0, oa0 + officeW, ob1))
        {
            var storeys = r.Next(3, 6);
            var wall = new WallLook(WallKind.Windows, Palette.Vary(Palette.WhiteWall, r, 0.05), 3.8, Palette.Glass);
            w.Box(oa0 + (officeW / 2), (ob0 + ob1) / 2, officeW / 2, (ob1 - ob0) / 2, 0, (storeys * 3.8) + 1, Palette.Vary(new SKColor(160, 160, 156), r, 0.05), wall);
        }

        // Parking bays and a few cars along the office front.
        var pa0 = oa0 + officeW + 6;
        for (var u = pa0; u < Math.Min(u1 - 8, pa0 + 50); u += 2.6)
        {
            if (!Free(u, v0 + 8, u + 2.6, v0 + 14))
            {
                continue;
            }

            w.Line(layer + 2, 0.12, Palette.RoadWhite, null, (u, v0 + 9), (u, v0 + 14));
            if (r.Chance(0.45))
            {
                var colour = r.Pick(Palette.CarColours);
                w.Box(u + 1.3, v0 + 11.5, 0.9, 2.25, 0, 1.45, colour, new WallLook(WallKind.Plain, colour, 10, colour));
            }
        }
    }

    /// <summary>Fields in strips with crop rows, ridges, a ditch and plastic greenhouses.</summary>
    public static void Farmland(SceneWriter w, StableRandom r, double u0, double v0, double u1, double v1, int month, int layer)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        w.Rect(layer, u0, v0, u1, v1, Palette.Field(month, 2));
        var alongU = r.Chance(0.5);
        double a0 = alongU ? v0 : u0, a1 = alongU ? v1 : u1, b0 = alongU ? u0 : v0, b1 = alongU ? u1 : v1;
        (double U, double V) P(double a, double b) => alongU ? (b, a) : (a, b);
        var angle = w.Frame.AngleRad + (alongU ? 0 : Math.PI / 2);
        for (var a = a0 + 2; a < a1 - 2;)
        {
            var stripW = Math.Min(r.Range(18, 42), a1 - 2 - a);
            var variant = r.Next(0, 3);
            var colour = Palette.Vary(Palette.Field(month, variant), r, 0.07);
            var greenhouse = variant == 1 && r.Chance(0.35);
            var rows = greenhouse
                ? new StripePattern(angle, 8.0, 1.0, new SKColor(150, 156, 150))
                : new StripePattern(angle, r.Range(1.2, 2.4), 0.5, Palette.Shade(colour, 0.9));
            w.Polygon(layer + 1, [P(a, b0 + 2), P(a + stripW, b0 + 2), P(a + stripW, b1 - 2), P(a, b1 - 2)], greenhouse ? new SKColor(214, 218, 214) : colour, rows);
            w.Line(layer + 2, 0.8, Palette.Vary(Palette.Grass(month), r, 0.1), null, P(a, b0 + 2), P(a, b1 - 2));
            a += stripW;
        }

        w.Line(layer + 2, 2.0, Palette.Shade(Palette.CanalWater, 0.9), null, P(a0 + 1, b0 + 1), P(a1 - 1, b0 + 1));
    }

    /// <summary>A grid of fish ponds with grass banks.</summary>
    public static void Ponds(SceneWriter w, StableRandom r, double u0, double v0, double u1, double v1, int month, int layer)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        w.Rect(layer, u0, v0, u1, v1, Palette.Grass(month));
        var nu = Math.Max(1, (int)((u1 - u0) / r.Range(50, 80)));
        var nv = Math.Max(1, (int)((v1 - v0) / r.Range(40, 60)));
        for (var a = 0; a < nu; a++)
        {
            for (var b = 0; b < nv; b++)
            {
                double pu0 = u0 + ((u1 - u0) * a / nu) + 3, pu1 = u0 + ((u1 - u0) * (a + 1) / nu) - 3;
                double pv0 = v0 + ((v1 - v0) * b / nv) + 3, pv1 = v0 + ((v1 - v0) * (b + 1) / nv) - 3;
                var water = Palette.Vary(Palette.Mix(Palette.PondWater, new SKColor(96, 120, 84), r.Range(0, 0.5)), r, 0.08);
                w.Rect(layer + 1, pu0, pv0, pu1, pv1, Palette.Shade(water, 1.12));
                w.Rect(layer + 2, pu0 + 1.2, pv0 + 1.2, pu1 - 1.2, pv1 - 1.2, water);
            }
        }
    }

    /// <summary>A village: rows of two- and three-storey houses with yards, lanes, trees and a pond.</summary>
    public static void Village(SceneWriter w, StableRandom r, double u0, double v0, double u1, double v1, int month, int layer)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        w.Rect(layer, u0, v0, u1, v1, Palette.Field(month, 1));
        double cu0 = u0 + ((u1 - u0) * 0.15), cu1 = u1 - ((u1 - u0) * 0.15), cv0 = v0 + ((v1 - v0) * 0.2), cv1 = v1 - ((v1 - v0) * 0.15);
        w.Rect(layer + 1, cu0, cv0, cu1, cv1, Palette.Vary(new SKColor(150, 146, 134), r, 0.05));
        w.Rect(layer + 2, cu0 - 20, (cv0 + cv1) / 2 - 2, cu1 + 20, ((cv0 + cv1) / 2) + 2, Palette.Concrete);
        for (var v = cv0 + 4; v < cv1 - 12; v += 17)
        {
            for (var u = cu0 + 3; u < cu1 - 12; u += r.Range(14, 18))
            {
                if (r.Chance(0.12))
                {
                    w.Tree(u + 5, v + 5, r.Range(2.5, 4), r.Range(7, 10), Palette.Vary(Palette.Deciduous(month), r, 0.1));
                    continue;
                }

                var roof = Palette.Vary(r.Pick(HouseRoofs), r, 0.08);
                var height = r.Next(2, 4) * 3.2;
                w.Rect(layer + 3, u - 1, v + 9, u + 11, v + 13.5, Palette.Vary(Palette.Concrete, r, 0.1));
                w.Box(u + 5, v + 4.5, 5.5, 4.5, 0, height, roof, new WallLook(WallKind.Windows, Palette.Vary(Palette.WhiteWall, r, 0.06), 3.2, Palette.Glass));
            }
        }

        var pu = u1 - ((u1 - u0) * 0.12);
        w.Disc(layer + 1, pu, v0 + ((v1 - v0) * 0.2), Math.Min(14, (u1 - u0) * 0.08), Palette.PondWater);
    }

    /// <summary>Green space: grass, worn patches, clumps of trees and a footpath.</summary>
    public static void Green(SceneWriter w, StableRandom r, double u0, double v0, double u1, double v1, int month, int layer)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        w.Rect(layer, u0, v0, u1, v1, Palette.Vary(Palette.Grass(month), r, 0.05));
        for (var k = 0; k < 6; k++)
        {
            var radius = r.Range(6, 16);
            w.SoftDisc(layer + 1, r.Range(u0 + 15, u1 - 15), r.Range(v0 + 15, v1 - 15), radius, radius * 0.4, Palette.Mix(Palette.Grass(month), Palette.Soil, r.Range(0.3, 0.7)));
        }

        w.Line(layer + 2, 2.0, Palette.Pavers, null, (u0, r.Range(v0, v1)), ((u0 + u1) / 2, r.Range(v0, v1)), (u1, r.Range(v0, v1)));
        for (var k = 0; k < (int)((u1 - u0) * (v1 - v0) / 900); k++)
        {
            double cu = r.Range(u0 + 5, u1 - 5), cv = r.Range(v0 + 5, v1 - 5);
            var n = r.Next(2, 7);
            for (var t = 0; t < n; t++)
            {
                w.Tree(cu + r.Range(-8, 8), cv + r.Range(-8, 8), r.Range(2.5, 4.5), r.Range(7, 13), Palette.Vary(r.Chance(0.6) ? Palette.Evergreen(month) : Palette.Deciduous(month), r, 0.12));
            }
        }
    }

    /// <summary>Ribs (and optional skylight strips) painted on the roof layer over a shed roof.</summary>
    public static void RoofRibs(SceneWriter w, double a0, double b0, double a1, double b1, SKColor roof, int layer, bool skylights)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Rect(layer, a0, b0, a1, b1, roof, new StripePattern(w.Frame.AngleRad + (Math.PI / 2), 0.9, 0.25, Palette.Shade(roof, 0.88)), Surface.Roof);
        w.RoofLine(layer + 1, 0.6, Palette.Shade(roof, 0.8), (a0, (b0 + b1) / 2), (a1, (b0 + b1) / 2));
        if (skylights)
        {
            for (var a = a0 + 6; a < a1 - 4; a += 12)
            {
                w.Rect(layer + 1, a, b0 + 3, a + 1.6, b1 - 3, new SKColor(226, 230, 228), null, Surface.Roof);
            }
        }
    }
}
