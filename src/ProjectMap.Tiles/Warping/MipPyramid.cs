using System.Runtime.InteropServices;
using SkiaSharp;

namespace ProjectMap.Tiles.Warping;

/// <summary>
/// A photo's pixels and their successive halvings (2 × 2 box averages, each level floor(w/2) × floor(h/2)), so that
/// reductions sample a level whose pixels are about the size of the output's (trilinear mipmapping, no aliasing).
/// Level 0 may itself be a reduced decode (<see cref="DecodeScale"/> 2, 4 or 8: the JPEG decoder's DCT scaling), which
/// is how low zoom levels avoid decoding every pixel. Colours are sRGB values averaged as stored (as GDAL's "average").
/// </summary>
public sealed class MipPyramid
{
    private MipPyramid(IReadOnlyList<MipLevel> levels, int decodeScale, int fullWidth, int fullHeight)
    {
        Levels = levels;
        DecodeScale = decodeScale;
        FullWidthPx = fullWidth;
        FullHeightPx = fullHeight;
    }

    /// <summary>The levels, finest first.</summary>
    public IReadOnlyList<MipLevel> Levels { get; }

    /// <summary>The factor by which level 0 is smaller than the stored image (1, 2, 4 or 8).</summary>
    public int DecodeScale { get; }

    /// <summary>Width of the stored image in pixels.</summary>
    public int FullWidthPx { get; }

    /// <summary>Height of the stored image in pixels.</summary>
    public int FullHeightPx { get; }

    /// <summary>Bytes held by every level.</summary>
    public long Bytes => Levels.Sum(l => (long)l.Rgba.Length);

    /// <summary>
    /// Decodes an image file once (JPEG, PNG, WebP, TIFF via Skia's codecs) at 1/<paramref name="scale"/> of its size
    /// when the codec supports it (JPEG: 1/2, 1/4, 1/8), else at full size, and builds the levels below it.
    /// Throws <see cref="InvalidDataException"/> when the file cannot be decoded.
    /// </summary>
    public static MipPyramid Decode(string path, int scale = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var codec = SKCodec.Create(path) ?? throw new InvalidDataException($"{Path.GetFileName(path)}: not an image Skia can decode");
        var full = codec.Info.Size;
        var size = full;
        var used = 1;
        for (var s = Math.Clamp(scale, 1, 8); s > 1; s /= 2)
        {
            var scaled = codec.GetScaledDimensions(1f / s);
            if (scaled.Width == (full.Width + s - 1) / s || scaled.Width == full.Width / s)
            {
                size = scaled;
                used = s;
                break;
            }
        }

        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var pixels = GC.AllocateUninitializedArray<byte>(checked(size.Width * size.Height * 4), pinned: true);
        var handle = GCHandle.Alloc(pixels, GCHandleType.Pinned);
        try
        {
            var result = codec.GetPixels(info, handle.AddrOfPinnedObject());
            if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}: decoding failed ({result})");
            }
        }
        finally
        {
            handle.Free();
        }

        return FromLevel0(new MipLevel(size.Width, size.Height, pixels), used, full.Width, full.Height);
    }

    /// <summary>A pyramid over pixels already in memory (RGBA, premultiplied or opaque) of a stored image of the given size.</summary>
    public static MipPyramid FromLevel0(MipLevel level0, int decodeScale, int fullWidthPx, int fullHeightPx)
    {
        ArgumentNullException.ThrowIfNull(level0);
        var levels = new List<MipLevel> { level0 };
        while (levels[^1].Width > 1 && levels[^1].Height > 1)
        {
            levels.Add(Halve(levels[^1]));
        }

        return new MipPyramid(levels, decodeScale, fullWidthPx, fullHeightPx);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static MipLevel Halve(MipLevel source)
    {
        int w = source.Width / 2, h = source.Height / 2, sw = source.Width;
        var dst = GC.AllocateUninitializedArray<byte>(w * h * 4);
        var src = MemoryMarshal.Cast<byte, uint>(source.Rgba.AsSpan());
        var dstPx = MemoryMarshal.Cast<byte, uint>(dst.AsSpan());
        for (var y = 0; y < h; y++)
        {
            var r0 = 2 * y * sw;
            var r1 = r0 + sw;
            var o = y * w;
            for (var x = 0; x < w; x++)
            {
                // Two 8-bit channels per 32-bit lane pair: sums of four bytes fit in 16 bits.
                uint a = src[r0 + (2 * x)], b = src[r0 + (2 * x) + 1], c = src[r1 + (2 * x)], d = src[r1 + (2 * x) + 1];
                var even = (a & 0x00FF00FFu) + (b & 0x00FF00FFu) + (c & 0x00FF00FFu) + (d & 0x00FF00FFu) + 0x00020002u;
                var odd = ((a >> 8) & 0x00FF00FFu) + ((b >> 8) & 0x00FF00FFu) + ((c >> 8) & 0x00FF00FFu) + ((d >> 8) & 0x00FF00FFu) + 0x00020002u;
                dstPx[o + x] = ((even >> 2) & 0x00FF00FFu) | (((odd >> 2) & 0x00FF00FFu) << 8);
            }
        }

        return new MipLevel(w, h, dst);
    }
}
