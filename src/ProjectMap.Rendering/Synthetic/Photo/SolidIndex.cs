using ProjectMap.Rendering.Synthetic.Scene;

namespace ProjectMap.Rendering.Synthetic.Photo;

/// <summary>
/// A uniform grid over the ground (grid metres) listing the boxes and trees whose footprint touches each cell, for
/// tracing rays through a scene: the ray's ground track is walked cell by cell (Amanatides–Woo) from the camera side.
/// </summary>
public sealed class SolidIndex
{
    private readonly double _west;
    private readonly double _south;
    private readonly double _cell;
    private readonly int _nx;
    private readonly int _ny;
    private readonly int[] _start;
    private readonly int[] _items;

    /// <summary>Indexes the solids of a scene; items encode boxes as i ≥ 0 and trees as −1 − i.</summary>
    public SolidIndex(IReadOnlyList<SceneBox> boxes, IReadOnlyList<SceneTree> trees, double cellM = 8)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        ArgumentNullException.ThrowIfNull(trees);
        Boxes = boxes;
        Trees = trees;
        _cell = cellM;
        var extents = new List<(int Id, double MinE, double MinN, double MaxE, double MaxN)>();
        for (var i = 0; i < boxes.Count; i++)
        {
            var b = boxes[i];
            var (s, c) = Math.SinCos(b.AngleRad);
            var ex = (Math.Abs(c) * b.HalfLengthM) + (Math.Abs(s) * b.HalfWidthM);
            var ey = (Math.Abs(s) * b.HalfLengthM) + (Math.Abs(c) * b.HalfWidthM);
            extents.Add((i, b.CentreE - ex, b.CentreN - ey, b.CentreE + ex, b.CentreN + ey));
        }

        for (var i = 0; i < trees.Count; i++)
        {
            var t = trees[i];
            extents.Add((-1 - i, t.CentreE - t.RadiusM, t.CentreN - t.RadiusM, t.CentreE + t.RadiusM, t.CentreN + t.RadiusM));
        }

        MaxHeightM = Math.Max(boxes.Count == 0 ? 0 : boxes.Max(b => b.TopM), trees.Count == 0 ? 0 : trees.Max(t => t.CrownCentreM + t.HalfHeightM));
        if (extents.Count == 0)
        {
            _nx = _ny = 1;
            _start = [0, 0];
            _items = [];
            return;
        }

        _west = extents.Min(e => e.MinE) - cellM;
        _south = extents.Min(e => e.MinN) - cellM;
        _nx = (int)Math.Ceiling((extents.Max(e => e.MaxE) + cellM - _west) / cellM);
        _ny = (int)Math.Ceiling((extents.Max(e => e.MaxN) + cellM - _south) / cellM);
        var counts = new int[(_nx * _ny) + 1];
        void Visit((int Id, double MinE, double MinN, double MaxE, double MaxN) e, Action<int> action)
        {
            int i0 = CellX(e.MinE), i1 = CellX(e.MaxE), j0 = CellY(e.MinN), j1 = CellY(e.MaxN);
            for (var j = j0; j <= j1; j++)
            {
                for (var i = i0; i <= i1; i++)
                {
                    action((j * _nx) + i);
                }
            }
        }

        foreach (var e in extents)
        {
            Visit(e, cell => counts[cell + 1]++);
        }

        for (var k = 1; k < counts.Length; k++)
        {
            counts[k] += counts[k - 1];
        }

        _start = (int[])counts.Clone();
        _items = new int[counts[^1]];
        var fill = (int[])counts.Clone();
        foreach (var e in extents)
        {
            Visit(e, cell => _items[fill[cell]++] = e.Id);
        }
    }

    /// <summary>The boxes.</summary>
    public IReadOnlyList<SceneBox> Boxes { get; }

    /// <summary>The trees.</summary>
    public IReadOnlyList<SceneTree> Trees { get; }

    /// <summary>The top of the tallest solid in metres.</summary>
    public double MaxHeightM { get; }

    /// <summary>
    /// Gives <paramref name="visitor"/> the solids of each cell the segment from (e0, n0) to (e1, n1) passes, in order,
    /// with the segment parameter (0 … 1) at which it leaves the cell; stops when the visitor returns false.
    /// </summary>
    public void Walk<TVisitor>(double e0, double n0, double e1, double n1, ref TVisitor visitor)
        where TVisitor : struct, ICellVisitor
    {
        if (_items.Length == 0)
        {
            return;
        }

        double x0 = (e0 - _west) / _cell, y0 = (n0 - _south) / _cell, x1 = (e1 - _west) / _cell, y1 = (n1 - _south) / _cell;
        double dx = x1 - x0, dy = y1 - y0;

        // Clip the segment to the grid.
        double tMin = 0, tMax = 1;
        if (!ClipAxis(x0, dx, _nx, ref tMin, ref tMax) || !ClipAxis(y0, dy, _ny, ref tMin, ref tMax))
        {
            return;
        }

        var sx = x0 + (dx * tMin);
        var sy = y0 + (dy * tMin);
        var i = Math.Clamp((int)Math.Floor(sx), 0, _nx - 1);
        var j = Math.Clamp((int)Math.Floor(sy), 0, _ny - 1);
        var stepX = dx > 0 ? 1 : -1;
        var stepY = dy > 0 ? 1 : -1;
        var tDeltaX = dx == 0 ? double.PositiveInfinity : Math.Abs(1 / dx);
        var tDeltaY = dy == 0 ? double.PositiveInfinity : Math.Abs(1 / dy);
        var tNextX = dx == 0 ? double.PositiveInfinity : ((dx > 0 ? i + 1 - x0 : x0 - i) * tDeltaX);
        var tNextY = dy == 0 ? double.PositiveInfinity : ((dy > 0 ? j + 1 - y0 : y0 - j) * tDeltaY);
        while (true)
        {
            var exit = Math.Min(Math.Min(tNextX, tNextY), tMax);
            var cell = (j * _nx) + i;
            var span = new ReadOnlySpan<int>(_items, _start[cell], _start[cell + 1] - _start[cell]);
            if (span.Length > 0 && !visitor.Visit(span, exit))
            {
                return;
            }

            if (exit >= tMax)
            {
                return;
            }

            if (tNextX < tNextY)
            {
                i += stepX;
                tNextX += tDeltaX;
                if (i < 0 || i >= _nx)
                {
                    return;
                }
            }
            else
            {
                j += stepY;
                tNextY += tDeltaY;
                if (j < 0 || j >= _ny)
                {
                    return;
                }
            }
        }
    }

    private static bool ClipAxis(double origin, double delta, int size, ref double tMin, ref double tMax)
    {
        if (delta == 0)
        {
            return origin >= 0 && origin < size;
        }

        var ta = (0 - origin) / delta;
        var tb = (size - origin) / delta;
        if (ta > tb)
        {
            (ta, tb) = (tb, ta);
        }

        tMin = Math.Max(tMin, ta);
        tMax = Math.Min(tMax, tb);
        return tMin <= tMax;
    }

    private int CellX(double e) => Math.Clamp((int)Math.Floor((e - _west) / _cell), 0, _nx - 1);

    private int CellY(double n) => Math.Clamp((int)Math.Floor((n - _south) / _cell), 0, _ny - 1);
}
