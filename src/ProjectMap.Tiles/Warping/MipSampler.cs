using System.Runtime.CompilerServices;

namespace ProjectMap.Tiles.Warping;

/// <summary>
/// Trilinear sampling of a <see cref="MipPyramid"/>: bilinear in the two levels that bracket the output pixel's size in
/// photo pixels, blended by the fractional level. Magnification (output pixels smaller than photo pixels) is bilinear
/// from level 0. Positions are stored-image pixels (0 = left/top edge, pixel centres at +0.5), clamped at the edges.
/// </summary>
public static class MipSampler
{
    /// <summary>Samples RGBA (0–255 each, as stored) at a stored-image position for an output pixel <paramref name="scale"/> photo pixels wide.</summary>
    public static void Sample(MipPyramid pyramid, double column, double row, double scale, Span<float> rgba)
    {
        ArgumentNullException.ThrowIfNull(pyramid);
        var s0 = scale / pyramid.DecodeScale;
        var levels = pyramid.Levels;
        var inv = 1.0 / pyramid.DecodeScale;
        if (s0 <= 1 || levels.Count == 1)
        {
            Bilinear(levels[0], column * inv, row * inv, rgba, 1);
            return;
        }

        var f = Math.Log2(s0);
        var l0 = (int)f;
        if (l0 >= levels.Count - 1)
        {
            var last = levels.Count - 1;
            Bilinear(levels[last], column * inv / (1 << last), row * inv / (1 << last), rgba, 1);
            return;
        }

        var t = (float)(f - l0);
        rgba.Clear();
        Bilinear(levels[l0], column * inv / (1 << l0), row * inv / (1 << l0), rgba, 1 - t);
        Bilinear(levels[l0 + 1], column * inv / (2 << l0), row * inv / (2 << l0), rgba, t, accumulate: true);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Bilinear(MipLevel level, double x, double y, Span<float> rgba, float weight, bool accumulate = false)
    {
        var fx = Math.Clamp(x - 0.5, 0, level.Width - 1);
        var fy = Math.Clamp(y - 0.5, 0, level.Height - 1);
        var x0 = (int)fx;
        var y0 = (int)fy;
        var x1 = Math.Min(x0 + 1, level.Width - 1);
        var y1 = Math.Min(y0 + 1, level.Height - 1);
        var tx = (float)(fx - x0);
        var ty = (float)(fy - y0);
        var p = level.Rgba;
        var stride = level.Width * 4;
        var i00 = (y0 * stride) + (x0 * 4);
        var i10 = (y0 * stride) + (x1 * 4);
        var i01 = (y1 * stride) + (x0 * 4);
        var i11 = (y1 * stride) + (x1 * 4);
        var w00 = (1 - tx) * (1 - ty) * weight;
        var w10 = tx * (1 - ty) * weight;
        var w01 = (1 - tx) * ty * weight;
        var w11 = tx * ty * weight;
        for (var c = 0; c < 4; c++)
        {
            var v = (p[i00 + c] * w00) + (p[i10 + c] * w10) + (p[i01 + c] * w01) + (p[i11 + c] * w11);
            rgba[c] = accumulate ? rgba[c] + v : v;
        }
    }
}
