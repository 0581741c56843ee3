namespace ProjectMap.Rendering.Synthetic.Photo;

/// <summary>
/// Intersects rays with the boxes and tree crowns of a <see cref="SolidIndex"/>. Rays are in the grid frame:
/// origin (easting, northing, height) in metres and a direction whose horizontal part is in grid metres and vertical
/// part in metres per unit parameter.
/// </summary>
public sealed class RayCaster
{
    private readonly double[] _cos;
    private readonly double[] _sin;

    /// <summary>Prepares the caster for an index.</summary>
    public RayCaster(SolidIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        Index = index;
        _cos = index.Boxes.Select(b => Math.Cos(b.AngleRad)).ToArray();
        _sin = index.Boxes.Select(b => Math.Sin(b.AngleRad)).ToArray();
    }

    /// <summary>The index.</summary>
    public SolidIndex Index { get; }

    /// <summary>The nearest hit of the ray O + t·D for t in [t0, t1], or null.</summary>
    public SolidHit? Nearest(double oe, double on, double oz, double de, double dn, double dz, double t0, double t1)
    {
        if (t1 <= t0 || Index.MaxHeightM <= 0)
        {
            return null;
        }

        var visitor = new NearestHitVisitor(this, oe, on, oz, de, dn, dz, t0, t1);
        Index.Walk(oe + (de * t0), on + (dn * t0), oe + (de * t1), on + (dn * t1), ref visitor);
        return visitor.Best;
    }

    /// <summary>True when anything blocks the ray O + t·D for t in (t0, t1].</summary>
    public bool Blocked(double oe, double on, double oz, double de, double dn, double dz, double t0, double t1)
    {
        if (t1 <= t0 || Index.MaxHeightM <= 0)
        {
            return false;
        }

        var visitor = new NearestHitVisitor(this, oe, on, oz, de, dn, dz, t0, t1) { AnyHit = true };
        Index.Walk(oe + (de * t0), on + (dn * t0), oe + (de * t1), on + (dn * t1), ref visitor);
        return visitor.Best is not null;
    }

    /// <summary>Intersects one solid; returns false when the ray misses it within [t0, t1].</summary>
    public bool Intersect(int solid, double oe, double on, double oz, double de, double dn, double dz, double t0, double t1, out SolidHit hit)
    {
        return solid >= 0 ? IntersectBox(solid, oe, on, oz, de, dn, dz, t0, t1, out hit) : IntersectTree(-1 - solid, oe, on, oz, de, dn, dz, t0, t1, out hit);
    }

    private bool IntersectBox(int i, double oe, double on, double oz, double de, double dn, double dz, double t0, double t1, out SolidHit hit)
    {
        hit = default;
        var b = Index.Boxes[i];
        double c = _cos[i], s = _sin[i];
        double re = oe - b.CentreE, rn = on - b.CentreN;
        double ou = (re * c) + (rn * s), ov = (-re * s) + (rn * c);
        double du = (de * c) + (dn * s), dv = (-de * s) + (dn * c);
        double tNear = t0, tFar = t1;
        var axis = -1;
        var sign = 0.0;
        if (!Slab(ou, du, -b.HalfLengthM, b.HalfLengthM, 0, ref tNear, ref tFar, ref axis, ref sign) ||
            !Slab(ov, dv, -b.HalfWidthM, b.HalfWidthM, 1, ref tNear, ref tFar, ref axis, ref sign) ||
            !Slab(oz, dz, b.BottomM, b.TopM, 2, ref tNear, ref tFar, ref axis, ref sign))
        {
            return false;
        }

        if (axis < 0)
        {
            // The ray starts inside the box (shadow rays leaving a face): not a hit.
            return false;
        }

        var hu = ou + (du * tNear);
        var hv = ov + (dv * tNear);
        switch (axis)
        {
            case 0:
                hit = new SolidHit(tNear, i, false, sign * c, sign * s, 0, hv + b.HalfWidthM);
                break;
            case 1:
                hit = new SolidHit(tNear, i, false, -sign * s, sign * c, 0, hu + b.HalfLengthM);
                break;
            default:
                hit = new SolidHit(tNear, i, sign > 0, 0, 0, sign, 0);
                break;
        }

        return true;
    }

    private static bool Slab(double o, double d, double lo, double hi, int axisId, ref double tNear, ref double tFar, ref int axis, ref double sign)
    {
        if (Math.Abs(d) < 1e-15)
        {
            return o >= lo && o <= hi;
        }

        var ta = (lo - o) / d;
        var tb = (hi - o) / d;
        var faceSign = -1.0;
        if (ta > tb)
        {
            (ta, tb) = (tb, ta);
            faceSign = 1.0;
        }

        if (ta > tNear)
        {
            tNear = ta;
            axis = axisId;
            sign = faceSign;
        }

        tFar = Math.Min(tFar, tb);
        return tNear <= tFar;
    }

    private bool IntersectTree(int i, double oe, double on, double oz, double de, double dn, double dz, double t0, double t1, out SolidHit hit)
    {
        hit = default;
        var tree = Index.Trees[i];
        double r = tree.RadiusM, h = tree.HalfHeightM;
        double x = (oe - tree.CentreE) / r, y = (on - tree.CentreN) / r, z = (oz - tree.CrownCentreM) / h;
        double dx = de / r, dy = dn / r, dzz = dz / h;
        var a = (dx * dx) + (dy * dy) + (dzz * dzz);
        var bq = 2 * ((x * dx) + (y * dy) + (z * dzz));
        var cq = (x * x) + (y * y) + (z * z) - 1;
        var disc = (bq * bq) - (4 * a * cq);
        if (disc < 0 || cq < 0)
        {
            return false;
        }

        var t = (-bq - Math.Sqrt(disc)) / (2 * a);
        if (t < t0 || t > t1)
        {
            return false;
        }

        double px = x + (dx * t), py = y + (dy * t), pz = z + (dzz * t);
        double ne = px / r, nn = py / r, nu = pz / h;
        var len = Math.Sqrt((ne * ne) + (nn * nn) + (nu * nu));
        hit = new SolidHit(t, -1 - i, false, ne / len, nn / len, nu / len, 0);
        return true;
    }
}
