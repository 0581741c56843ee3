using ProjectMap.Imagery.Mathematics;

namespace ProjectMap.Imagery.Georeferencing;

/// <summary>
/// The least-squares affine transform closest to a pixel → map homography over an image (fitted on an 11 × 11 grid of
/// pixels covering it), and how far it strays: the largest distance, in pixels, between a sample pixel and where the
/// affine transform's inverse puts that pixel's true map point. A world file (.jgw) can only hold an affine transform.
/// </summary>
/// <param name="A">Map X per column.</param>
/// <param name="B">Map X per row.</param>
/// <param name="C">Map X at pixel (0, 0), the top-left corner.</param>
/// <param name="D">Map Y per column.</param>
/// <param name="E">Map Y per row.</param>
/// <param name="F">Map Y at pixel (0, 0).</param>
/// <param name="MaxErrorPx">Largest deviation from the homography over the image, in pixels.</param>
public sealed record AffineApproximation(double A, double B, double C, double D, double E, double F, double MaxErrorPx)
{
    /// <summary>Fits the approximation of <paramref name="pixelToMap"/> over a <paramref name="widthPx"/> × <paramref name="heightPx"/> image.</summary>
    public static AffineApproximation Fit(Homography pixelToMap, int widthPx, int heightPx)
    {
        const int n = 11;
        var samples = new List<(double U, double V, double X, double Y)>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                double u = widthPx * i / (n - 1.0), v = heightPx * j / (n - 1.0);
                if (pixelToMap.TryApply(u, v, out var x, out var y))
                {
                    samples.Add((u, v, x, y));
                }
            }
        }

        if (samples.Count < 3)
        {
            return new AffineApproximation(0, 0, 0, 0, 0, 0, double.PositiveInfinity);
        }

        // Normal equations of [u v 1]·[a b c]ᵀ = x (and y), 3 × 3.
        double suu = 0, suv = 0, su = 0, svv = 0, sv = 0, s1 = 0, sux = 0, svx = 0, sx = 0, suy = 0, svy = 0, sy = 0;
        foreach (var (u, v, x, y) in samples)
        {
            suu += u * u; suv += u * v; su += u; svv += v * v; sv += v; s1 += 1;
            sux += u * x; svx += v * x; sx += x; suy += u * y; svy += v * y; sy += y;
        }

        var m = new Matrix3(suu, suv, su, suv, svv, sv, su, sv, s1).Inverse();
        var px = m * new Vector3(sux, svx, sx);
        var py = m * new Vector3(suy, svy, sy);
        var inverse = new Matrix3(px.X, px.Y, px.Z, py.X, py.Y, py.Z, 0, 0, 1).Inverse();
        var max = 0.0;
        foreach (var (u, v, x, y) in samples)
        {
            var back = inverse * new Vector3(x, y, 1);
            max = Math.Max(max, Math.Sqrt(((back.X - u) * (back.X - u)) + ((back.Y - v) * (back.Y - v))));
        }

        return new AffineApproximation(px.X, px.Y, px.Z, py.X, py.Y, py.Z, max);
    }

    /// <summary>The six lines of an ESRI world file (A, D, B, E, then X and Y of the centre of the top-left pixel).</summary>
    public string ToWorldFile()
    {
        var ic = System.Globalization.CultureInfo.InvariantCulture;
        var cx = C + (A * 0.5) + (B * 0.5);
        var cy = F + (D * 0.5) + (E * 0.5);
        return string.Join('\n', new[] { A, D, B, E, cx, cy }.Select(x => x.ToString("R", ic))) + "\n";
    }
}
