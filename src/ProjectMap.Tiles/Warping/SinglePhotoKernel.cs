using System.Runtime.Intrinsics;

namespace ProjectMap.Tiles.Warping;

/// <summary>
/// The inner loop for tiles that one photo alone covers (every tile of a single-photo pyramid, most tiles of a
/// mosaic): walks each block's pixels with the composed homography stepped incrementally, takes the mip level from the
/// projective Jacobian (once per block when the block's scale varies by under 3 %, as on nadir photos; per pixel
/// otherwise), samples trilinearly and writes premultiplied RGBA bytes with anti-aliased coverage at the image border
/// and at the ground-distance limit. Same result as <see cref="BlockMapping.Evaluate"/> with <see cref="MipSampler"/>.
/// </summary>
public static class SinglePhotoKernel
{
    /// <summary>Draws the blocks of one photo into <paramref name="rgba"/> (tileSize² × 4 bytes, premultiplied, initially transparent).</summary>
    public static unsafe void Draw(ReadOnlySpan<BlockMapping> blocks, WarpPhoto photo, MipPyramid pixels, byte[] rgba, int tileSize)
    {
        ArgumentNullException.ThrowIfNull(photo);
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentNullException.ThrowIfNull(rgba);
        var levels = pixels.Levels;
        var handles = new System.Buffers.MemoryHandle[levels.Count];
        var ptrs = stackalloc byte*[levels.Count];
        var sizes = stackalloc int[levels.Count * 2];
        for (var i = 0; i < levels.Count; i++)
        {
            handles[i] = levels[i].Rgba.AsMemory().Pin();
            ptrs[i] = (byte*)handles[i].Pointer;
            sizes[2 * i] = levels[i].Width;
            sizes[(2 * i) + 1] = levels[i].Height;
        }

        try
        {
            fixed (byte* outp = rgba)
            {
                foreach (var block in blocks)
                {
                    DrawBlock(block, photo, pixels.DecodeScale, levels.Count, ptrs, sizes, outp, tileSize);
                }
            }
        }
        finally
        {
            foreach (var h in handles)
            {
                h.Dispose();
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static unsafe void DrawBlock(in BlockMapping block, WarpPhoto photo, int decodeScale, int levelCount, byte** levels, int* sizes, byte* output, int tileSize)
    {
        // Level sizes come from a pinned array (sizes[2l] = width, sizes[2l + 1] = height): no interface calls per pixel.
        var m = block.TileToPixel;
        double width = photo.WidthPx, height = photo.HeightPx;
        var decode = 1.0 / decodeScale;

        // Scale at the corners decides whether one mip level serves the whole block; corner distances whether the
        // ground-distance limit can bite inside it (the block's ground quad is convex, the limit a disc).
        double sMin = double.MaxValue, sMax = 0;
        var farCorner = false;
        foreach (var (cu, cv) in new[] { (0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.5, 0.5) })
        {
            var sc = ScaleAt(m, block.X0 + (cu * block.Size), block.Y0 + (cv * block.Size));
            if (double.IsNaN(sc))
            {
                sMin = 0;
                farCorner = true;
                continue;
            }

            sMin = Math.Min(sMin, sc);
            sMax = Math.Max(sMax, sc);
        }

        var constant = sMin > 0 && sMax / sMin < 1.03;
        var constantScale = Math.Sqrt(sMin * sMax);
        var constantLevel = constant ? Math.Log2(Math.Max(constantScale * decode, 1)) : 0;
        var checkDistance = farCorner || NearLimit(block, photo);
        for (var y = block.Y0; y < block.Y0 + block.Size; y++)
        {
            var v = y + 0.5;
            var u0 = block.X0 + 0.5;
            var px = (m.M11 * u0) + (m.M12 * v) + m.M13;
            var py = (m.M21 * u0) + (m.M22 * v) + m.M23;
            var pw = (m.M31 * u0) + (m.M32 * v) + m.M33;
            var o = output + ((((y * tileSize) + block.X0)) * 4);
            for (var x = 0; x < block.Size; x++, px += m.M11, py += m.M21, pw += m.M31, o += 4)
            {
                if (!(pw > 0))
                {
                    continue;
                }

                var iw = 1 / pw;
                var col = px * iw;
                var row = py * iw;
                var inside = Math.Min(Math.Min(col, width - col), Math.Min(row, height - row));
                double scale;
                if (constant)
                {
                    scale = constantScale;
                }
                else
                {
                    var dxu = (m.M11 - (col * m.M31)) * iw;
                    var dyu = (m.M21 - (row * m.M31)) * iw;
                    var dxv = (m.M12 - (col * m.M32)) * iw;
                    var dyv = (m.M22 - (row * m.M32)) * iw;
                    scale = Math.Sqrt(Math.Max((dxu * dxu) + (dyu * dyu), (dxv * dxv) + (dyv * dyv)));
                }

                if (inside <= -0.5 * scale)
                {
                    continue;
                }

                var alpha = inside >= 0.5 * scale ? 1.0 : (inside / scale) + 0.5;
                if (checkDistance)
                {
                    alpha *= DistanceFactor(block, photo, block.X0 + x + 0.5, v);
                    if (alpha <= 0)
                    {
                        continue;
                    }
                }

                // Trilinear: bilinear in the two levels around log2(scale in decoded pixels).
                var s0 = scale * decode;
                Vector128<float> c;
                if (s0 <= 1 || levelCount == 1)
                {
                    c = Bilinear(levels[0], sizes[0], sizes[1], col * decode, row * decode);
                }
                else
                {
                    var f = constant ? constantLevel : Math.Log2(s0);
                    var l = (int)f;
                    if (l >= levelCount - 1)
                    {
                        var last = levelCount - 1;
                        var k = decode / (1 << last);
                        c = Bilinear(levels[last], sizes[2 * last], sizes[(2 * last) + 1], col * k, row * k);
                    }
                    else
                    {
                        var k0 = decode / (1 << l);
                        var k1 = k0 * 0.5;
                        c = Lerp(
                            Bilinear(levels[l], sizes[2 * l], sizes[(2 * l) + 1], col * k0, row * k0),
                            Bilinear(levels[l + 1], sizes[(2 * l) + 2], sizes[(2 * l) + 3], col * k1, row * k1),
                            (float)(f - l));
                    }
                }

                // Premultiply, round, keep each colour at most alpha, narrow to four bytes in one store.
                var v4 = Vector128.ConvertToInt32((c * (float)alpha) + Vector128.Create(0.5f));
                var premul = Vector128.Min(v4, Vector128.Create(v4.GetElement(3)));
                var bytes = Vector128.Narrow(Vector128.Narrow(premul, premul), Vector128<short>.Zero);
                *(uint*)o = bytes.AsUInt32().ToScalar();
            }
        }
    }

    private static double ScaleAt(Imagery.Mathematics.Matrix3 m, double u, double v)
    {
        var w = (m.M31 * u) + (m.M32 * v) + m.M33;
        if (!(w > 0))
        {
            return double.NaN;
        }

        var iw = 1 / w;
        var col = ((m.M11 * u) + (m.M12 * v) + m.M13) * iw;
        var row = ((m.M21 * u) + (m.M22 * v) + m.M23) * iw;
        var dxu = (m.M11 - (col * m.M31)) * iw;
        var dyu = (m.M21 - (row * m.M31)) * iw;
        var dxv = (m.M12 - (col * m.M32)) * iw;
        var dyv = (m.M22 - (row * m.M32)) * iw;
        return Math.Sqrt(Math.Max((dxu * dxu) + (dyu * dyu), (dxv * dxv) + (dyv * dyv)));
    }

    private static bool NearLimit(in BlockMapping block, WarpPhoto photo)
    {
        foreach (var (cu, cv) in new[] { (0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0) })
        {
            var (e, n) = block.TileToLocal.Apply(block.X0 + (cu * block.Size), block.Y0 + (cv * block.Size));
            if (!double.IsFinite(e) || (e * e) + (n * n) > photo.MaxGroundDistanceM * photo.MaxGroundDistanceM * 0.98)
            {
                return true;
            }
        }

        return false;
    }

    private static double DistanceFactor(in BlockMapping block, WarpPhoto photo, double u, double v)
    {
        var (e, n) = block.TileToLocal.Apply(u, v);
        if (!double.IsFinite(e) || !double.IsFinite(n))
        {
            return 0;
        }

        return Math.Clamp(((photo.MaxGroundDistanceM - Math.Sqrt((e * e) + (n * n))) / block.GroundPixelM) + 0.5, 0, 1);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining | System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static unsafe Vector128<float> Bilinear(byte* p, int w, int h, double x, double y)
    {
        var fx = Math.Clamp(x - 0.5, 0, w - 1);
        var fy = Math.Clamp(y - 0.5, 0, h - 1);
        var x0 = (int)fx;
        var y0 = (int)fy;
        var dx = x0 + 1 < w ? 4 : 0;
        var dy = y0 + 1 < h ? w * 4 : 0;
        var tx = (float)(fx - x0);
        var ty = (float)(fy - y0);
        var p00 = p + (((y0 * w) + x0) * 4);
        var p01 = p00 + dy;
        var top = Lerp(Texel(p00), Texel(p00 + dx), tx);
        var bottom = Lerp(Texel(p01), Texel(p01 + dx), tx);
        return Lerp(top, bottom, ty);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static unsafe Vector128<float> Texel(byte* p) =>
        Vector128.ConvertToSingle(Vector128.WidenLower(Vector128.WidenLower(Vector128.CreateScalarUnsafe(*(uint*)p).AsByte())).AsInt32());

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> Lerp(Vector128<float> a, Vector128<float> b, float t) => a + ((b - a) * t);
}
