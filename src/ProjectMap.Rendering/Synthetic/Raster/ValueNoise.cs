namespace ProjectMap.Rendering.Synthetic.Raster;

/// <summary>Smooth, deterministic 2-D value noise on a lattice (hash of the lattice corners, smoothstep blend), in −1 … 1.</summary>
public static class ValueNoise
{
    /// <summary>Noise at (x, y) in lattice units for a seed.</summary>
    public static double At(ulong seed, double x, double y)
    {
        var xf = Math.Floor(x);
        var yf = Math.Floor(y);
        var ix = (long)xf;
        var iy = (long)yf;
        double fx = x - xf, fy = y - yf;
        fx = fx * fx * (3 - (2 * fx));
        fy = fy * fy * (3 - (2 * fy));
        var a = StableRandom.Unit(seed, ix, iy);
        var b = StableRandom.Unit(seed, ix + 1, iy);
        var c = StableRandom.Unit(seed, ix, iy + 1);
        var d = StableRandom.Unit(seed, ix + 1, iy + 1);
        var top = a + ((b - a) * fx);
        var bottom = c + ((d - c) * fx);
        return ((top + ((bottom - top) * fy)) * 2) - 1;
    }
}
