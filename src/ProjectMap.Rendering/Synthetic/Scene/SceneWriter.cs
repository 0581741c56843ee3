using NetTopologySuite.Geometries;
using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>Writes scene items in a site frame: rectangles, lines and boxes given in site metres become grid items.</summary>
/// <param name="Model">The scene being written.</param>
/// <param name="Frame">The site frame the coordinates are given in.</param>
/// <param name="Clip">The ring every painted item is clipped to, or null.</param>
public sealed record SceneWriter(SceneModel Model, SiteFrame Frame, Coordinate[]? Clip)
{
    /// <summary>Paints the rectangle [u0, u1] × [v0, v1].</summary>
    public void Rect(int layer, double u0, double v0, double u1, double v1, SKColor fill, StripePattern? stripes = null, Surface surface = Surface.Ground) =>
        Model.Items.Add(new AreaItem(surface, layer, Clip, Frame.Rect(Math.Min(u0, u1), Math.Min(v0, v1), Math.Max(u0, u1), Math.Max(v0, v1)), [], fill, stripes));

    /// <summary>Paints a polygon given in site metres.</summary>
    public void Polygon(int layer, IEnumerable<(double U, double V)> ring, SKColor fill, StripePattern? stripes = null, Surface surface = Surface.Ground) =>
        Model.Items.Add(new AreaItem(surface, layer, Clip, ring.Select(p => Frame.ToGrid(p.U, p.V)).ToArray(), [], fill, stripes));

    /// <summary>Paints a polygon given in grid metres.</summary>
    public void GridPolygon(int layer, Coordinate[] shell, SKColor fill, StripePattern? stripes = null, Surface surface = Surface.Ground) =>
        Model.Items.Add(new AreaItem(surface, layer, Clip, shell, [], fill, stripes));

    /// <summary>Strokes a polyline given in site metres.</summary>
    public void Line(int layer, double widthM, SKColor colour, double[]? dash, params (double U, double V)[] points) =>
        Model.Items.Add(new LineItem(Surface.Ground, layer, Clip, points.Select(p => Frame.ToGrid(p.U, p.V)).ToArray(), widthM, colour, dash));

    /// <summary>Strokes a polyline on the roof layer.</summary>
    public void RoofLine(int layer, double widthM, SKColor colour, params (double U, double V)[] points) =>
        Model.Items.Add(new LineItem(Surface.Roof, layer, Clip, points.Select(p => Frame.ToGrid(p.U, p.V)).ToArray(), widthM, colour, null));

    /// <summary>Paints a disc centred at a site point.</summary>
    public void Disc(int layer, double u, double v, double radiusM, SKColor fill, Surface surface = Surface.Ground) =>
        Model.Items.Add(new DiscItem(surface, layer, Clip, Frame.ToGrid(u, v), radiusM, fill));

    /// <summary>Paints a disc with a soft edge (blur sigma in metres): patches of weeds, damp soil, worn grass.</summary>
    public void SoftDisc(int layer, double u, double v, double radiusM, double softnessM, SKColor fill) =>
        Model.Items.Add(new DiscItem(Surface.Ground, layer, Clip, Frame.ToGrid(u, v), radiusM, fill, softnessM));

    /// <summary>Adds a box centred at site (u, v), turned by <paramref name="turnRad"/> within the frame.</summary>
    public void Box(double u, double v, double halfU, double halfV, double bottomM, double topM, SKColor roof, WallLook wall, bool roofFromLayer = false, double turnRad = 0)
    {
        var c = Frame.ToGrid(u, v);
        Model.Boxes.Add(new SceneBox(c.X, c.Y, Frame.AngleRad + turnRad, halfU, halfV, bottomM, topM, roof, roofFromLayer, wall));
    }

    /// <summary>Adds a tree at site (u, v) with a crown of the given radius and total height.</summary>
    public void Tree(double u, double v, double radiusM, double heightM, SKColor colour)
    {
        var c = Frame.ToGrid(u, v);
        var half = Math.Max(0.8, (heightM - (heightM * 0.35)) / 2);
        Model.Trees.Add(new SceneTree(c.X, c.Y, heightM - half, radiusM, half, colour));

        // The trunk, so the tree's shadow reaches the ground it stands on.
        var bark = new SKColor(92, 80, 66);
        Model.Boxes.Add(new SceneBox(c.X, c.Y, Frame.AngleRad, 0.15, 0.15, 0, heightM - (2 * half) + 0.3, bark, false, new WallLook(WallKind.Plain, bark, 10, bark)));
    }
}
