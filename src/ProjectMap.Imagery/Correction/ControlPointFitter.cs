using ProjectMap.Imagery.Mathematics;

namespace ProjectMap.Imagery.Correction;

/// <summary>
/// Fits a photo correction from control pairs: 2 pairs give a similarity (rows flipped), 3 an affine transform, 4 or
/// more a homography by the normalised direct linear transform (Hartley): both point sets are shifted to their
/// centroid and scaled to mean distance √2, the 2n × 9 system is solved in the least-squares sense (the eigenvector of
/// AᵀA with the smallest eigenvalue, by Jacobi rotations), and the normalisation is undone. Residuals are reported
/// in metres on the ground.
/// </summary>
public static class ControlPointFitter
{
    /// <summary>Fits the model the number of pairs calls for; throws <see cref="ArgumentException"/> for fewer than 2 pairs or degenerate ones.</summary>
    public static CorrectionFit Fit(IReadOnlyList<ControlPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count < 2)
        {
            throw new ArgumentException("a correction needs at least 2 control pairs", nameof(pairs));
        }

        if (pairs.Any(p => !double.IsFinite(p.Column) || !double.IsFinite(p.Row) || !double.IsFinite(p.EastM) || !double.IsFinite(p.NorthM)))
        {
            throw new ArgumentException("control pairs must be finite numbers", nameof(pairs));
        }

        var (model, h) = pairs.Count switch
        {
            2 => (CorrectionModel.Similarity, Similarity(pairs)),
            3 => (CorrectionModel.Affine, Affine(pairs)),
            _ => (CorrectionModel.Homography, Dlt(pairs)),
        };
        var residuals = pairs.Select(p =>
        {
            var (e, n) = h.Apply(p.Column, p.Row);
            return Math.Sqrt(((e - p.EastM) * (e - p.EastM)) + ((n - p.NorthM) * (n - p.NorthM)));
        }).ToList();
        if (residuals.Any(r => !double.IsFinite(r)))
        {
            throw new ArgumentException("the control pairs are degenerate (repeated or collinear points)", nameof(pairs));
        }

        return new CorrectionFit(model, h, residuals);
    }

    private static Homography Similarity(IReadOnlyList<ControlPair> p)
    {
        // (east, north) = [a −b; b a]·(u, w) + (tx, ty) with w = −v (rows run south): rotation, scale and shift, solved exactly.
        double du = p[1].Column - p[0].Column, dv = -(p[1].Row - p[0].Row);
        double de = p[1].EastM - p[0].EastM, dn = p[1].NorthM - p[0].NorthM;
        var d2 = (du * du) + (dv * dv);
        if (d2 == 0)
        {
            throw new ArgumentException("the two control pixels are the same point");
        }

        // (de, dn) = [a −b; b a] (du, dv)
        var a = ((de * du) + (dn * dv)) / d2;
        var b = ((dn * du) - (de * dv)) / d2;
        var tx = p[0].EastM - ((a * p[0].Column) - (b * -p[0].Row));
        var ty = p[0].NorthM - ((b * p[0].Column) + (a * -p[0].Row));

        // In (u, v): E = a u + b v + tx, N = b u − a v + ty.
        return new Homography(new Matrix3(a, b, tx, b, -a, ty, 0, 0, 1));
    }

    private static Homography Affine(IReadOnlyList<ControlPair> p)
    {
        var m = new Matrix3(p[0].Column, p[0].Row, 1, p[1].Column, p[1].Row, 1, p[2].Column, p[2].Row, 1);
        if (Math.Abs(m.Determinant()) < 1e-9)
        {
            throw new ArgumentException("the three control pixels lie on one line");
        }

        var inv = m.Inverse();
        var e = inv * new Vector3(p[0].EastM, p[1].EastM, p[2].EastM);
        var n = inv * new Vector3(p[0].NorthM, p[1].NorthM, p[2].NorthM);
        return new Homography(new Matrix3(e.X, e.Y, e.Z, n.X, n.Y, n.Z, 0, 0, 1));
    }

    private static Homography Dlt(IReadOnlyList<ControlPair> pairs)
    {
        var (tPix, pix) = Normalise(pairs.Select(p => (p.Column, p.Row)).ToList());
        var (tGround, ground) = Normalise(pairs.Select(p => (p.EastM, p.NorthM)).ToList());
        var ata = new double[9, 9];
        for (var i = 0; i < pairs.Count; i++)
        {
            var (x, y) = pix[i];
            var (X, Y) = ground[i];
            double[] r1 = [x, y, 1, 0, 0, 0, -X * x, -X * y, -X];
            double[] r2 = [0, 0, 0, x, y, 1, -Y * x, -Y * y, -Y];
            for (var j = 0; j < 9; j++)
            {
                for (var k = 0; k < 9; k++)
                {
                    ata[j, k] += (r1[j] * r1[k]) + (r2[j] * r2[k]);
                }
            }
        }

        var h = SmallestEigenvector(ata);
        var hn = new Matrix3(h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8]);
        var full = tGround.Inverse() * hn * tPix;
        if (full.M33 < 0)
        {
            full = new Matrix3(-full.M11, -full.M12, -full.M13, -full.M21, -full.M22, -full.M23, -full.M31, -full.M32, -full.M33);
        }

        return new Homography(full.NormalizedByMaxAbs());
    }

    private static (Matrix3 T, List<(double X, double Y)> Points) Normalise(List<(double X, double Y)> points)
    {
        double cx = points.Average(p => p.X), cy = points.Average(p => p.Y);
        var mean = points.Average(p => Math.Sqrt(((p.X - cx) * (p.X - cx)) + ((p.Y - cy) * (p.Y - cy))));
        if (!(mean > 0))
        {
            throw new ArgumentException("the control points coincide");
        }

        var s = Math.Sqrt(2) / mean;
        var t = new Matrix3(s, 0, -s * cx, 0, s, -s * cy, 0, 0, 1);
        return (t, points.Select(p => (s * (p.X - cx), s * (p.Y - cy))).ToList());
    }

    /// <summary>The unit eigenvector of a symmetric matrix with the smallest eigenvalue, by cyclic Jacobi rotations.</summary>
    private static double[] SmallestEigenvector(double[,] a)
    {
        var n = a.GetLength(0);
        var v = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            v[i, i] = 1;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            var off = 0.0;
            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    off += a[p, q] * a[p, q];
                }
            }

            if (off < 1e-30)
            {
                break;
            }

            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    if (Math.Abs(a[p, q]) < 1e-300)
                    {
                        continue;
                    }

                    var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    var t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    if (theta == 0)
                    {
                        t = 1;
                    }

                    var c = 1 / Math.Sqrt((t * t) + 1);
                    var s = t * c;
                    for (var k = 0; k < n; k++)
                    {
                        var akp = a[k, p];
                        var akq = a[k, q];
                        a[k, p] = (c * akp) - (s * akq);
                        a[k, q] = (s * akp) + (c * akq);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var apk = a[p, k];
                        var aqk = a[q, k];
                        a[p, k] = (c * apk) - (s * aqk);
                        a[q, k] = (s * apk) + (c * aqk);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var vkp = v[k, p];
                        var vkq = v[k, q];
                        v[k, p] = (c * vkp) - (s * vkq);
                        v[k, q] = (s * vkp) + (c * vkq);
                    }
                }
            }
        }

        var min = 0;
        for (var i = 1; i < n; i++)
        {
            if (a[i, i] < a[min, min])
            {
                min = i;
            }
        }

        var result = new double[n];
        for (var i = 0; i < n; i++)
        {
            result[i] = v[i, min];
        }

        return result;
    }
}
