using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Labels;

/// <summary>
/// Places labels without collisions, greedily by priority (highest planned investment first, ties by id). Each
/// feature tries candidate boxes in order: beside its symbol in the eight classic positions (right, upper right,
/// lower right, left, upper left, lower left, above, below), then — if it may — inside its parcel, then standing off
/// at growing distances in sixteen directions with a leader line. A candidate is taken when it lies inside the map
/// frame, overlaps no other label (with a small margin), no feature symbol and no leader line, and its own leader
/// crosses no label, no other symbol and no other leader. A feature with no room for its full label tries its number
/// badge alone the same way, and is otherwise omitted (and counted, so the map can say so).
/// </summary>
public sealed class LabelPlacer
{
    private static readonly (float X, float Y)[] Beside = [(1, 0), (1, -1), (1, 1), (-1, 0), (-1, -1), (-1, 1), (0, -1), (0, 1)];
    private readonly SKRect _bounds;
    private readonly float _unitsPerMm;
    private readonly List<SKRect> _boxes = [];
    private readonly List<(SKPoint A, SKPoint B)> _leaders = [];

    /// <summary>Creates a placer for labels inside <paramref name="bounds"/> on a canvas with <paramref name="unitsPerMm"/> units per millimetre.</summary>
    public LabelPlacer(SKRect bounds, float unitsPerMm)
    {
        _bounds = bounds;
        _unitsPerMm = unitsPerMm;
    }

    /// <summary>Gap between a symbol and a label beside it, millimetres.</summary>
    public float GapMm { get; init; } = 0.8f;

    /// <summary>Clear margin kept around every placed label, millimetres.</summary>
    public float PaddingMm { get; init; } = 0.6f;

    /// <summary>Stand-off distances tried with leader lines, millimetres.</summary>
    public IReadOnlyList<float> LeaderDistancesMm { get; init; } = [4, 8, 13, 20, 30];

    /// <summary>Keeps labels (and their leaders) off <paramref name="box"/> and the line <paramref name="from"/>–<paramref name="to"/> (an inset and its leader).</summary>
    public void AddObstacle(SKRect box, SKPoint from, SKPoint to)
    {
        _boxes.Add(box);
        _leaders.Add((from, to));
    }

    /// <summary>Places every request; returns one result per request, in priority order.</summary>
    public IReadOnlyList<PlacedLabel> Place(IReadOnlyList<LabelRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var features = requests.ToDictionary(r => r.Id, r => r.Feature);
        var results = new List<PlacedLabel>();
        foreach (var r in requests.OrderByDescending(r => r.Priority).ThenBy(r => r.Id))
        {
            var placed = TryPlace(r, r.FullSize, r.MayBeInside, features) is { } full
                ? full with { Kind = LabelKind.Full }
                : TryPlace(r, r.BadgeSize, false, features) is { } badge ? badge with { Kind = LabelKind.NumberOnly } : new PlacedLabel(r.Id, LabelKind.Omitted, SKRect.Empty, null);
            if (placed.Kind != LabelKind.Omitted)
            {
                _boxes.Add(placed.Box);
                if (placed.Leader is { } l)
                {
                    _leaders.Add((l.From, l.To));
                }
            }

            results.Add(placed);
        }

        return results;
    }

    /// <summary>Candidate boxes for a label of <paramref name="size"/> around <paramref name="r"/>'s feature, best first, with their leaders.</summary>
    public IEnumerable<(SKRect Box, (SKPoint From, SKPoint To)? Leader)> Candidates(LabelRequest r, SKSize size, bool inside)
    {
        ArgumentNullException.ThrowIfNull(r);
        var f = r.Feature;
        var gap = GapMm * _unitsPerMm;
        foreach (var (dx, dy) in Beside)
        {
            var left = dx > 0 ? f.Right + gap : dx < 0 ? f.Left - gap - size.Width : f.MidX - (size.Width / 2);
            var top = dy > 0 ? f.Bottom + gap : dy < 0 ? f.Top - gap - size.Height : f.MidY - (size.Height / 2);
            if (dx != 0 && dy != 0)
            {
                // Corner positions tuck the box's near corner against the symbol's corner.
                top = dy < 0 ? f.Top - size.Height + (gap * 0.5f) : f.Bottom - (gap * 0.5f);
            }

            yield return (SKRect.Create(left, top, size.Width, size.Height), null);
        }

        if (inside)
        {
            yield return (SKRect.Create(r.Anchor.X - (size.Width / 2), r.Anchor.Y - (size.Height / 2), size.Width, size.Height), null);
        }

        var radius = Math.Max(f.Width, f.Height) / 2;
        foreach (var distanceMm in LeaderDistancesMm)
        {
            var d = radius + (distanceMm * _unitsPerMm);
            for (var k = 0; k < 16; k++)
            {
                // Start to the east and go round both ways, so nearer-to-horizontal directions come first.
                var step = ((k + 1) / 2) * (k % 2 == 0 ? 1 : -1);
                var angle = step * Math.PI / 8;
                var (s, c) = Math.SinCos(angle);
                var ax = f.MidX + (float)(c * d);
                var ay = f.MidY + (float)(s * d);
                var left = c > 0.3 ? ax : c < -0.3 ? ax - size.Width : ax - (size.Width / 2);
                var top = s > 0.3 ? ay : s < -0.3 ? ay - size.Height : ay - (size.Height / 2);
                var box = SKRect.Create(left, top, size.Width, size.Height);
                var to = Nearest(box, r.Anchor);
                var from = EdgeToward(f, r.Anchor, to);
                yield return (box, (from, to));
            }
        }
    }

    private PlacedLabel? TryPlace(LabelRequest r, SKSize size, bool inside, Dictionary<int, SKRect> features)
    {
        var pad = PaddingMm * _unitsPerMm;
        var frame = _bounds;
        frame.Inflate(-pad, -pad);
        foreach (var (box, leader) in Candidates(r, size, inside))
        {
            if (!frame.Contains(box))
            {
                continue;
            }

            var padded = box;
            padded.Inflate(pad, pad);
            var insideOwn = inside && leader is null && r.Feature.Contains(box);
            if (_boxes.Any(b => b.IntersectsWith(padded))
                || features.Any(kv => (kv.Key != r.Id || !insideOwn) && kv.Value.IntersectsWith(box))
                || _leaders.Any(l => SegmentHitsRect(l.A, l.B, padded)))
            {
                continue;
            }

            if (leader is { } seg
                && (_boxes.Any(b => SegmentHitsRect(seg.From, seg.To, b))
                    || features.Any(kv => kv.Key != r.Id && SegmentHitsRect(seg.From, seg.To, kv.Value))
                    || _leaders.Any(l => SegmentsCross(l.A, l.B, seg.From, seg.To))))
            {
                continue;
            }

            return new PlacedLabel(r.Id, LabelKind.Full, box, leader);
        }

        return null;
    }

    private static SKPoint Nearest(SKRect box, SKPoint p) => new(Math.Clamp(p.X, box.Left, box.Right), Math.Clamp(p.Y, box.Top, box.Bottom));

    /// <summary>Where the segment from the feature's anchor toward <paramref name="to"/> leaves the feature's box.</summary>
    private static SKPoint EdgeToward(SKRect f, SKPoint anchor, SKPoint to)
    {
        var dx = to.X - anchor.X;
        var dy = to.Y - anchor.Y;
        var t = 1f;
        if (dx > 0)
        {
            t = Math.Min(t, (f.Right - anchor.X) / dx);
        }
        else if (dx < 0)
        {
            t = Math.Min(t, (f.Left - anchor.X) / dx);
        }

        if (dy > 0)
        {
            t = Math.Min(t, (f.Bottom - anchor.Y) / dy);
        }
        else if (dy < 0)
        {
            t = Math.Min(t, (f.Top - anchor.Y) / dy);
        }

        t = Math.Clamp(t, 0, 1);
        return new SKPoint(anchor.X + (dx * t), anchor.Y + (dy * t));
    }

    /// <summary>True when the segment a–b meets the rectangle (either end inside, or crossing an edge).</summary>
    public static bool SegmentHitsRect(SKPoint a, SKPoint b, SKRect r)
    {
        if (r.Contains(a) || r.Contains(b))
        {
            return true;
        }

        var tl = new SKPoint(r.Left, r.Top);
        var tr = new SKPoint(r.Right, r.Top);
        var br = new SKPoint(r.Right, r.Bottom);
        var bl = new SKPoint(r.Left, r.Bottom);
        return SegmentsCross(a, b, tl, tr) || SegmentsCross(a, b, tr, br) || SegmentsCross(a, b, br, bl) || SegmentsCross(a, b, bl, tl);
    }

    /// <summary>True when segments p1–p2 and q1–q2 cross (proper intersection or touching).</summary>
    public static bool SegmentsCross(SKPoint p1, SKPoint p2, SKPoint q1, SKPoint q2)
    {
        static float Cross(SKPoint o, SKPoint a, SKPoint b) => ((a.X - o.X) * (b.Y - o.Y)) - ((a.Y - o.Y) * (b.X - o.X));
        var d1 = Cross(q1, q2, p1);
        var d2 = Cross(q1, q2, p2);
        var d3 = Cross(p1, p2, q1);
        var d4 = Cross(p1, p2, q2);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }
}
