namespace ProjectMap.Rendering.Synthetic.Raster;

/// <summary>sRGB ↔ linear-light conversions (IEC 61966-2-1) by table and formula, for lighting in linear light.</summary>
public static class ColourMath
{
    private static readonly float[] ToLinearTable = Enumerable.Range(0, 256).Select(i => (float)SrgbToLinear(i / 255.0)).ToArray();

    /// <summary>The linear-light value (0–1) of an 8-bit sRGB code value.</summary>
    public static float ToLinear(byte code) => ToLinearTable[code];

    /// <summary>The linear-light value (0–1) of an sRGB value in 0–1.</summary>
    public static double SrgbToLinear(double v) => v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);

    /// <summary>The sRGB value (0–1) of a linear-light value in 0–1.</summary>
    public static double LinearToSrgb(double v) => v <= 0.0031308 ? v * 12.92 : (1.055 * Math.Pow(v, 1 / 2.4)) - 0.055;
}
