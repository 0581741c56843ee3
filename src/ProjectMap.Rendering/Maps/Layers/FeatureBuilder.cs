using NetTopologySuite.Geometries;
using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Layers;

/// <summary>Turns the map's projects into canvas symbols through a viewport.</summary>
public static class FeatureBuilder
{
    /// <summary>
    /// One feature per project with a parcel inside (or near) the frame: the parcel path; a marker of
    /// <paramref name="markerSize"/> canvas units when the parcel is smaller than that; and, when
    /// <paramref name="circleRadius"/> gives one, the circle's radius.
    /// </summary>
    public static List<MapFeature> Build(IEnumerable<MapProject> projects, MapViewport viewport, float markerSize, Func<MapProject, float> circleRadius)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(viewport);
        ArgumentNullException.ThrowIfNull(circleRadius);
        var features = new List<MapFeature>();
        var reach = viewport.Frame;
        reach.Inflate(reach.Width * 0.25f, reach.Height * 0.25f);
        foreach (var p in projects.Where(p => p.HasParcel))
        {
            var path = ToPath(p.ParcelGrid, viewport);
            var bounds = path.Bounds;
            if (!bounds.IntersectsWith(reach))
            {
                path.Dispose();
                continue;
            }

            var interior = p.ParcelGrid.InteriorPoint;
            var anchor = viewport.GridToCanvas(interior.X, interior.Y);
            var asMarker = Math.Max(bounds.Width, bounds.Height) < markerSize;
            var symbol = asMarker ? SKRect.Create(anchor.X - (markerSize / 2), anchor.Y - (markerSize / 2), markerSize, markerSize) : bounds;
            var radius = circleRadius(p);
            if (radius > 0)
            {
                var circle = SKRect.Create(anchor.X - radius, anchor.Y - radius, radius * 2, radius * 2);
                symbol = SKRect.Union(symbol, circle);
            }

            features.Add(new MapFeature(p, path, symbol, anchor, asMarker, radius));
        }

        return features;
    }

    /// <summary>A grid geometry's polygons as one even-odd canvas path.</summary>
    public static SKPath ToPath(Geometry grid, MapViewport viewport)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(viewport);
        using var builder = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
        for (var i = 0; i < grid.NumGeometries; i++)
        {
            if (grid.GetGeometryN(i) is not Polygon polygon)
            {
                continue;
            }

            AddRing(builder, polygon.ExteriorRing, viewport);
            foreach (var hole in polygon.InteriorRings)
            {
                AddRing(builder, hole, viewport);
            }
        }

        return builder.Detach();
    }

    private static void AddRing(SKPathBuilder builder, LineString ring, MapViewport viewport)
    {
        var points = ring.Coordinates.Select(c => viewport.GridToCanvas(c.X, c.Y)).ToArray();
        if (points.Length >= 3)
        {
            builder.AddPoly(points, close: true);
        }
    }
}
