using NetTopologySuite.Geometries;
using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>
/// The invented surroundings of one site: an endless grid of blocks and roads aligned with the parcel (site frame u, v),
/// the parcel's own block at index (0, 0), and a canal along one block boundary. Every block's content is a pure
/// function of the neighbourhood key and the block index, so every photo of the place sees the same district.
/// </summary>
public sealed class Neighbourhood
{
    private const int RoadLayer = 10;
    private const int MarkingLayer = 12;
    private const int BlockLayer = 20;

    private readonly string _key;
    private readonly double[] _core;
    private readonly Dictionary<(char Axis, int Index), (double Start, double End)> _blocks = [];

    /// <summary>Creates the neighbourhood of a site whose own block is [u0, u1] × [v0, v1] in <paramref name="frame"/>.</summary>
    public Neighbourhood(string key, SiteFrame frame, double u0, double v0, double u1, double v1)
    {
        _key = key;
        Frame = frame;
        _core = [u0, v0, u1, v1];
        CanalOnU = StableRandom.Hash(key, "canal") % 2 == 0;
    }

    /// <summary>The site frame the grid is laid out in.</summary>
    public SiteFrame Frame { get; }

    /// <summary>True when the canal runs along the east side of the core block (u boundary 0|1), false when along the north (v boundary 1|2).</summary>
    public bool CanalOnU { get; }

    /// <summary>Writes every road and block (except the core block's inside) that meets the grid envelope <paramref name="region"/>.</summary>
    public void Write(SceneModel model, Envelope region, int month, Coordinate[]? clip)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(region);
        var w = new SceneWriter(model, Frame, clip);
        var corners = new[] { (region.MinX, region.MinY), (region.MaxX, region.MinY), (region.MaxX, region.MaxY), (region.MinX, region.MaxY) }
            .Select(c => Frame.ToSite(c.Item1, c.Item2)).ToArray();
        double uMin = corners.Min(c => c.U), uMax = corners.Max(c => c.U), vMin = corners.Min(c => c.V), vMax = corners.Max(c => c.V);
        var (iLo, iHi) = IndexRange('u', uMin, uMax);
        var (jLo, jHi) = IndexRange('v', vMin, vMax);
        double roadU0 = Block('u', iLo).Start, roadU1 = Block('u', iHi).End, roadV0 = Block('v', jLo).Start, roadV1 = Block('v', jHi).End;

        // Roads: the strips between blocks, full length across the region.
        for (var i = iLo - 1; i <= iHi; i++)
        {
            WriteRoad(w, 'u', i, roadV0 - 60, roadV1 + 60, jLo - 1, jHi, month);
        }

        for (var j = jLo - 1; j <= jHi; j++)
        {
            WriteRoad(w, 'v', j, roadU0 - 60, roadU1 + 60, iLo - 1, iHi, month);
        }

        for (var i = iLo; i <= iHi; i++)
        {
            for (var j = jLo; j <= jHi; j++)
            {
                var (u0, u1) = Block('u', i);
                var (v0, v1) = Block('v', j);
                if (i == 0 && j == 0)
                {
                    // The core block: a verge around the parcel; the site itself is painted by the project.
                    w.Rect(BlockLayer, u0, v0, u1, v1, Palette.Grass(month));
                    continue;
                }

                WriteBlock(w, i, j, u0, v0, u1, v1, month);
            }
        }
    }

    /// <summary>The start and end (site metres) of block <paramref name="index"/> along an axis ('u' or 'v').</summary>
    public (double Start, double End) Block(char axis, int index)
    {
        if (_blocks.TryGetValue((axis, index), out var b))
        {
            return b;
        }

        if (index == 0)
        {
            b = axis == 'u' ? (_core[0], _core[2]) : (_core[1], _core[3]);
        }
        else if (index > 0)
        {
            var previous = Block(axis, index - 1);
            var start = previous.End + GapWidth(axis, index - 1);
            b = (start, start + BlockSize(axis, index));
        }
        else
        {
            var next = Block(axis, index + 1);
            var end = next.Start - GapWidth(axis, index);
            b = (end - BlockSize(axis, index), end);
        }

        _blocks[(axis, index)] = b;
        return b;
    }

    /// <summary>Width in metres of the road (or canal) between block <paramref name="index"/> and the next one along an axis.</summary>
    public double GapWidth(char axis, int index)
    {
        if (IsCanal(axis, index))
        {
            return 44;
        }

        return (axis, index) switch
        {
            ('v', -1) => 40,
            ('v', 0) => 18,
            ('u', -1) => 26,
            ('u', 0) => 22,
            _ => (StableRandom.Hash(_key, "road", axis, index) % 6) switch { 0 => 40, 1 or 2 => 24, 3 => 18, _ => 16 },
        };
    }

    private bool IsCanal(char axis, int index) => CanalOnU ? axis == 'u' && index == 0 : axis == 'v' && index == 1;

    private double BlockSize(char axis, int index)
    {
        var r = StableRandom.For(_key, "block", axis, index);
        return axis == 'u' ? r.Range(150, 320) : r.Range(120, 240);
    }

    private (int Lo, int Hi) IndexRange(char axis, double min, double max)
    {
        var lo = 0;
        while (Block(axis, lo).Start > min && lo > -60)
        {
            lo--;
        }

        var hi = 0;
        while (Block(axis, hi).End < max && hi < 60)
        {
            hi++;
        }

        return (lo, hi);
    }

    private void WriteRoad(SceneWriter w, char axis, int index, double from, double to, int crossLo, int crossHi, int month)
    {
        // axis 'u': the gap between u-blocks index and index+1 is a road running along v.
        var a = Block(axis, index).End;
        var b = Block(axis, index + 1).Start;
        var width = b - a;
        (double U, double V) P(double across, double along) => axis == 'u' ? (across, along) : (along, across);
        void Strip(int layer, double c0, double c1, SKColor colour) =>
            w.Polygon(layer, [P(c0, from), P(c1, from), P(c1, to), P(c0, to)], colour);

        if (IsCanal(axis, index))
        {
            Strip(RoadLayer, a, b, Palette.Grass(month));
            Strip(RoadLayer + 1, a + 8, b - 8, Palette.Shade(Palette.CanalWater, 0.92));
            Strip(RoadLayer + 1, a + 10, b - 10, Palette.CanalWater);
            var rt = StableRandom.For(_key, "canal-trees", axis, index);
            for (var s = from; s < to; s += rt.Range(6, 11))
            {
                var p1 = P(a + 4 + rt.Range(-1, 1), s);
                var p2 = P(b - 4 + rt.Range(-1, 1), s + rt.Range(0, 4));
                w.Tree(p1.U, p1.V, rt.Range(2.2, 3.4), rt.Range(7, 11), Palette.Vary(Palette.Deciduous(month), rt, 0.1));
                w.Tree(p2.U, p2.V, rt.Range(2.2, 3.4), rt.Range(7, 11), Palette.Vary(Palette.Deciduous(month), rt, 0.1));
            }

            return;
        }

        var sidewalk = width >= 24 ? 4.5 : 3.0;
        Strip(RoadLayer, a, b, Palette.Pavers);
        Strip(RoadLayer + 1, a + sidewalk, b - sidewalk, Palette.Asphalt);
        var centre = (a + b) / 2;
        var carriage = width - (2 * sidewalk);
        var random = StableRandom.For(_key, "road-trees", axis, index);

        // Markings, interrupted at the crossings with the roads of the other axis.
        var other = axis == 'u' ? 'v' : 'u';
        for (var k = crossLo; k <= crossHi + 1; k++)
        {
            var s0 = Block(other, k).Start + 2;
            var s1 = Block(other, k).End - 2;
            if (s1 <= s0)
            {
                continue;
            }

            if (width >= 36)
            {
                // Median with shrubs, two lanes each way.
                Strip(MarkingLayer, centre - 1.5, centre + 1.5, Palette.Grass(month));
                w.Polygon(MarkingLayer, [P(centre - 1.5, s0), P(centre + 1.5, s0), P(centre + 1.5, s1), P(centre - 1.5, s1)], Palette.Evergreen(month));
                foreach (var lane in new[] { centre - 1.5 - (carriage / 4), centre + 1.5 + (carriage / 4) })
                {
                    w.Line(MarkingLayer, 0.15, Palette.RoadWhite, [6, 9], P(lane, s0), P(lane, s1));
                }
            }
            else if (width >= 22)
            {
                w.Line(MarkingLayer, 0.15, Palette.RoadYellow, null, P(centre - 0.15, s0), P(centre - 0.15, s1));
                w.Line(MarkingLayer, 0.15, Palette.RoadYellow, null, P(centre + 0.15, s0), P(centre + 0.15, s1));
                foreach (var lane in new[] { centre - (carriage / 4), centre + (carriage / 4) })
                {
                    w.Line(MarkingLayer, 0.15, Palette.RoadWhite, [6, 9], P(lane, s0), P(lane, s1));
                }
            }
            else
            {
                w.Line(MarkingLayer, 0.15, Palette.RoadWhite, [4, 6], P(centre, s0), P(centre, s1));
            }

            foreach (var edge in new[] { a + sidewalk + 0.4, b - sidewalk - 0.4 })
            {
                w.Line(MarkingLayer, 0.15, Palette.RoadWhite, null, P(edge, s0), P(edge, s1));
            }

            // Zebra crossings at both ends.
            foreach (var s in new[] { s0 + 1.5, s1 - 4.5 })
            {
                for (var c = a + sidewalk + 1; c < b - sidewalk - 1; c += 1.2)
                {
                    w.Polygon(MarkingLayer, [P(c, s), P(c + 0.6, s), P(c + 0.6, s + 3), P(c, s + 3)], Palette.RoadWhite);
                }
            }

            // Street trees and the odd parked or passing vehicle.
            for (var s = s0 + 3; s < s1 - 3; s += random.Range(7, 9))
            {
                foreach (var side in new[] { a + (sidewalk * 0.5), b - (sidewalk * 0.5) })
                {
                    var p = P(side, s);
                    w.Tree(p.U, p.V, random.Range(2.0, 3.0), random.Range(6.5, 9.5), Palette.Vary(Palette.Evergreen(month), random, 0.12));
                }

                if (random.Chance(0.10))
                {
                    var lane = random.Chance(0.5) ? centre - (carriage / 4) : centre + (carriage / 4);
                    var p = P(lane, s);
                    var truck = random.Chance(0.25);
                    var colour = random.Pick(Palette.CarColours);
                    var (hl, hw, hh) = truck ? (5.5, 1.2, 3.0) : (2.3, 0.9, 1.45);
                    var turn = axis == 'u' ? Math.PI / 2 : 0;
                    w.Box(p.U, p.V, hl, hw, 0, hh, truck ? Palette.BlueRoof : colour, new WallLook(WallKind.Plain, colour, 10, colour), turnRad: turn);
                }
            }
        }
    }

    private void WriteBlock(SceneWriter w, int i, int j, double u0, double v0, double u1, double v1, int month)
    {
        var r = StableRandom.For(_key, "blk", i, j);
        var ring = Math.Max(Math.Abs(i), Math.Abs(j));
        var x = r.NextDouble();
        var kind = ring <= 1
            ? x switch { < 0.55 => BlockKind.Factory, < 0.68 => BlockKind.Green, < 0.80 => BlockKind.Farmland, < 0.90 => BlockKind.Ponds, _ => BlockKind.Village }
            : x switch { < 0.35 => BlockKind.Factory, < 0.65 => BlockKind.Farmland, < 0.80 => BlockKind.Ponds, < 0.92 => BlockKind.Village, _ => BlockKind.Green };
        switch (kind)
        {
            case BlockKind.Factory:
                BlockWriters.Factory(w, r, u0, v0, u1, v1, month, BlockLayer);
                break;
            case BlockKind.Farmland:
                BlockWriters.Farmland(w, r, u0, v0, u1, v1, month, BlockLayer);
                break;
            case BlockKind.Ponds:
                BlockWriters.Ponds(w, r, u0, v0, u1, v1, month, BlockLayer);
                break;
            case BlockKind.Village:
                BlockWriters.Village(w, r, u0, v0, u1, v1, month, BlockLayer);
                break;
            default:
                BlockWriters.Green(w, r, u0, v0, u1, v1, month, BlockLayer);
                break;
        }

    }
}
