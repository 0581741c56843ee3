namespace ProjectMap.Rendering.Synthetic.Raster;

/// <summary>
/// A north-up raster of one scene layer on the Gauss-Kruger grid: pixel (i, j) covers easting
/// [West + i·Res, West + (i+1)·Res] and northing [North − (j+1)·Res, North − j·Res]; RGBA bytes, sRGB.
/// </summary>
public sealed class GroundRaster
{
    /// <summary>Wraps pixel data (RGBA, row-major, top row first).</summary>
    public GroundRaster(double west, double north, double resolutionM, int width, int height, byte[] rgba)
    {
        ArgumentNullException.ThrowIfNull(rgba);
        if (rgba.Length != width * height * 4)
        {
            throw new ArgumentException("pixel buffer does not match the raster size", nameof(rgba));
        }

        West = west;
        North = north;
        ResolutionM = resolutionM;
        Width = width;
        Height = height;
        Rgba = rgba;
    }

    /// <summary>Easting of the left edge in grid metres.</summary>
    public double West { get; }

    /// <summary>Northing of the top edge in grid metres.</summary>
    public double North { get; }

    /// <summary>Pixel size in metres.</summary>
    public double ResolutionM { get; }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>The pixels, RGBA bytes.</summary>
    public byte[] Rgba { get; }

    /// <summary>True when the grid point lies at least one pixel inside the raster (so bilinear sampling has its four taps).</summary>
    public bool Covers(double easting, double northing)
    {
        var x = ((easting - West) / ResolutionM) - 0.5;
        var y = ((North - northing) / ResolutionM) - 0.5;
        return x >= 0 && y >= 0 && x < Width - 1 && y < Height - 1;
    }

    /// <summary>
    /// Bilinear sample at a grid point in linear light (0–1 per channel) and coverage (alpha 0–1); false outside the raster.
    /// </summary>
    public bool TrySample(double easting, double northing, out float r, out float g, out float b, out float alpha)
    {
        var x = ((easting - West) / ResolutionM) - 0.5;
        var y = ((North - northing) / ResolutionM) - 0.5;
        if (!(x >= 0 && y >= 0 && x < Width - 1 && y < Height - 1))
        {
            r = g = b = alpha = 0;
            return false;
        }

        var ix = (int)x;
        var iy = (int)y;
        var fx = (float)(x - ix);
        var fy = (float)(y - iy);
        var i00 = ((iy * Width) + ix) * 4;
        var i10 = i00 + 4;
        var i01 = i00 + (Width * 4);
        var i11 = i01 + 4;
        float w00 = (1 - fx) * (1 - fy), w10 = fx * (1 - fy), w01 = (1 - fx) * fy, w11 = fx * fy;
        var px = Rgba;
        float a00 = px[i00 + 3] / 255f, a10 = px[i10 + 3] / 255f, a01 = px[i01 + 3] / 255f, a11 = px[i11 + 3] / 255f;
        alpha = (w00 * a00) + (w10 * a10) + (w01 * a01) + (w11 * a11);
        if (alpha <= 0)
        {
            r = g = b = 0;
            return true;
        }

        // Alpha-weighted so unpainted (transparent) roof pixels do not darken painted edges.
        w00 *= a00;
        w10 *= a10;
        w01 *= a01;
        w11 *= a11;
        var sum = w00 + w10 + w01 + w11;
        r = ((w00 * ColourMath.ToLinear(px[i00])) + (w10 * ColourMath.ToLinear(px[i10])) + (w01 * ColourMath.ToLinear(px[i01])) + (w11 * ColourMath.ToLinear(px[i11]))) / sum;
        g = ((w00 * ColourMath.ToLinear(px[i00 + 1])) + (w10 * ColourMath.ToLinear(px[i10 + 1])) + (w01 * ColourMath.ToLinear(px[i01 + 1])) + (w11 * ColourMath.ToLinear(px[i11 + 1]))) / sum;
        b = ((w00 * ColourMath.ToLinear(px[i00 + 2])) + (w10 * ColourMath.ToLinear(px[i10 + 2])) + (w01 * ColourMath.ToLinear(px[i01 + 2])) + (w11 * ColourMath.ToLinear(px[i11 + 2]))) / sum;
        return true;
    }
}
