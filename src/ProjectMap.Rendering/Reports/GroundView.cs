using NetTopologySuite.Geometries;
using ProjectMap.Geodesy.Projections;
using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>
/// A north-up window onto the ground for a rectangle of a page: Gauss-Kruger grid metres (X = easting, Y = northing,
/// the zone of the window's centre) to page points, at one scale in both axes. Grid north differs from true north by
/// the meridian convergence (about 0.1° near Changzhou), which a report panel ignores.
/// </summary>
public sealed class GroundView
{
    private GroundView(GaussKrugerZone zone, SKRect panel, double westM, double northM, double pointsPerMetre)
    {
        Zone = zone;
        Panel = panel;
        WestM = westM;
        NorthM = northM;
        PointsPerMetre = pointsPerMetre;
    }

    /// <summary>The grid.</summary>
    public GaussKrugerZone Zone { get; }

    /// <summary>The page rectangle in points.</summary>
    public SKRect Panel { get; }

    /// <summary>Easting of the panel's left edge in metres.</summary>
    public double WestM { get; }

    /// <summary>Northing of the panel's top edge in metres.</summary>
    public double NorthM { get; }

    /// <summary>Page points per ground metre.</summary>
    public double PointsPerMetre { get; }

    /// <summary>Ground width of the panel in metres.</summary>
    public double WidthM => Panel.Width / PointsPerMetre;

    /// <summary>
    /// A view of <paramref name="focus"/> (lon/lat) with a margin of <paramref name="margin"/> of its size on each side,
    /// widened to take in <paramref name="context"/> up to <paramref name="maxGrowth"/> times the focus size, fitted to the panel's aspect.
    /// </summary>
    public static GroundView Around(Geometry focus, IEnumerable<Geometry> context, SKRect panel, double margin = 0.25, double maxGrowth = 2.2)
    {
        ArgumentNullException.ThrowIfNull(focus);
        ArgumentNullException.ThrowIfNull(context);
        var zone = GaussKrugerZone.ForLongitude(focus.EnvelopeInternal.Centre.X);
        var env = zone.ToGrid(focus).EnvelopeInternal;
        var size = Math.Max(Math.Max(env.Width, env.Height), 40);
        var centre = env.Centre;
        var box = new Envelope(centre.X - (size / 2), centre.X + (size / 2), centre.Y - (size / 2), centre.Y + (size / 2));
        box = new Envelope(box.MinX - (size * margin), box.MaxX + (size * margin), box.MinY - (size * margin), box.MaxY + (size * margin));
        var limit = new Envelope(centre.X - (size * maxGrowth / 2), centre.X + (size * maxGrowth / 2), centre.Y - (size * maxGrowth / 2), centre.Y + (size * maxGrowth / 2));
        foreach (var g in context.Where(g => !g.IsEmpty))
        {
            var e = zone.ToGrid(g).EnvelopeInternal.Intersection(limit);
            if (!e.IsNull)
            {
                box.ExpandToInclude(e);
            }
        }

        var scale = Math.Min(panel.Width / box.Width, panel.Height / box.Height);
        var widthM = panel.Width / scale;
        var heightM = panel.Height / scale;
        return new GroundView(zone, panel, box.Centre.X - (widthM / 2), box.Centre.Y + (heightM / 2), scale);
    }

    /// <summary>The same ground window drawn into another page rectangle of the same size (for side-by-side panels that line up).</summary>
    public GroundView Moved(SKRect panel) => new(Zone, panel, WestM, NorthM, PointsPerMetre);

    /// <summary>The page point of a grid position (easting, northing in metres).</summary>
    public SKPoint FromGrid(double eastingM, double northingM) =>
        new((float)(Panel.Left + ((eastingM - WestM) * PointsPerMetre)), (float)(Panel.Top + ((NorthM - northingM) * PointsPerMetre)));

    /// <summary>The page point of a lon/lat position in degrees.</summary>
    public SKPoint FromLonLat(double longitudeDeg, double latitudeDeg)
    {
        var (e, n) = Zone.ForwardXY(longitudeDeg, latitudeDeg);
        return FromGrid(e, n);
    }

    /// <summary>A lon/lat polygon or multi-polygon as a page path (empty for anything else).</summary>
    public SKPath Path(Geometry lonLat)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        using var builder = new SKPathBuilder();
        for (var i = 0; i < lonLat.NumGeometries; i++)
        {
            if (lonLat.GetGeometryN(i) is not Polygon polygon || polygon.IsEmpty)
            {
                continue;
            }

            foreach (var ring in new[] { polygon.Shell }.Concat(polygon.Holes))
            {
                var points = ring.Coordinates.Select(c => FromLonLat(c.X, c.Y)).ToArray();
                builder.MoveTo(points[0]);
                foreach (var p in points.Skip(1))
                {
                    builder.LineTo(p);
                }

                builder.Close();
            }
        }

        return builder.Detach();
    }
}
