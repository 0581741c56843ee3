using NetTopologySuite.Geometries;

namespace ProjectMap.Geodesy.Projections;

/// <summary>Applies a point function (X, Y) → (X, Y) to a copy of a geometry, leaving the input untouched.</summary>
public static class GeometryTransform
{
    /// <summary>Returns a transformed copy of <paramref name="geometry"/> with its SRID set to <paramref name="srid"/>.</summary>
    public static Geometry Apply(Geometry geometry, Func<double, double, (double X, double Y)> transform, int srid)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(transform);
        var copy = geometry.Copy();
        copy.Apply(new PointFilter(transform));
        copy.SRID = srid;
        copy.GeometryChanged();
        return copy;
    }

    private sealed class PointFilter(Func<double, double, (double X, double Y)> transform) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = transform(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
