using System.Runtime.InteropServices;
using SkiaSharp;

namespace ProjectMap.Tiles.Output;

/// <summary>
/// Encodes a square tile of premultiplied RGBA bytes: null when every pixel is transparent (no tile is written), PNG
/// without an alpha channel when every pixel is opaque, otherwise with it; WebP lossy at quality 90 keeping alpha.
/// PNG is written by <see cref="PngTileWriter"/> (Up filter, zlib-ng level 2), WebP by Skia.
/// </summary>
public static class TileEncoder
{
    /// <summary>Encodes <paramref name="rgbaPremul"/> (size × size × 4 bytes); null when fully transparent.</summary>
    public static byte[]? Encode(byte[] rgbaPremul, int size, TileFormat format)
    {
        ArgumentNullException.ThrowIfNull(rgbaPremul);
        var opaque = true;
        var any = false;
        for (var i = 3; i < rgbaPremul.Length; i += 4)
        {
            var a = rgbaPremul[i];
            opaque &= a == 255;
            any |= a != 0;
        }

        if (!any)
        {
            return null;
        }

        if (format == TileFormat.Png)
        {
            return PngTileWriter.Encode(rgbaPremul.AsSpan(0, size * size * 4), size, opaque);
        }

        var info = new SKImageInfo(size, size, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        var handle = GCHandle.Alloc(rgbaPremul, GCHandleType.Pinned);
        try
        {
            using var pixmap = new SKPixmap(info, handle.AddrOfPinnedObject(), size * 4);
            using var data = pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, 90));
            return data?.ToArray() ?? throw new InvalidOperationException($"Skia could not encode a {format} tile");
        }
        finally
        {
            handle.Free();
        }
    }
}
