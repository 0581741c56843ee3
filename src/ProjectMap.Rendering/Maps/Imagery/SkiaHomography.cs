using ProjectMap.Imagery.Mathematics;
using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Imagery;

/// <summary>Converts ProjectMap homographies (double) to Skia perspective matrices (float), which are true homographies.</summary>
public static class SkiaHomography
{
    /// <summary>The Skia matrix of <paramref name="h"/>, normalised so the last element is 1 (or the largest is 1 when it is 0).</summary>
    public static SKMatrix ToSkMatrix(Homography h)
    {
        var m = h.Matrix;
        var s = Math.Abs(m.M33) > 1e-15 ? m.M33 : new[] { m.M11, m.M12, m.M13, m.M21, m.M22, m.M23, m.M31, m.M32, m.M33 }.Max(Math.Abs);
        return new SKMatrix(
            (float)(m.M11 / s), (float)(m.M12 / s), (float)(m.M13 / s),
            (float)(m.M21 / s), (float)(m.M22 / s), (float)(m.M23 / s),
            (float)(m.M31 / s), (float)(m.M32 / s), (float)(m.M33 / s));
    }
}
