using ProjectMap.Testing;
using ProjectMap.Tiles.Output;
using SkiaSharp;

namespace ProjectMap.Tiles.Tests.Output;

public sealed class TileEncoderTests
{
    private const int Size = 256;

    /// <summary>Premultiplied RGBA: a smooth gradient with noise; alpha 255 everywhere, or a ramp 0–255 across the tile.</summary>
    private static byte[] Tile(bool opaque, int seed)
    {
        var random = new Random(seed);
        var px = new byte[Size * Size * 4];
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                var o = ((y * Size) + x) * 4;
                var a = opaque ? 255 : x;
                px[o + 3] = (byte)a;
                for (var c = 0; c < 3; c++)
                {
                    var straight = Math.Clamp(((x + (c * 40)) / 2) + y - 60 + random.Next(-3, 4), 0, 255);
                    px[o + c] = (byte)(((straight * a) + 127) / 255);
                }
            }
        }

        return px;
    }

    private static (SKBitmap Bitmap, byte ColourType) Decode(byte[] png)
    {
        var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("Skia could not decode the tile");
        var straight = bitmap.Copy(SKColorType.Rgba8888);
        bitmap.Dispose();
        return (straight, png[25]);
    }

    [Fact]
    public void Encode_OpaqueTile_IsLosslessRgbPng()
    {
        var px = Tile(opaque: true, seed: 1);
        var png = TileEncoder.Encode(px, Size, TileFormat.Png)!;
        var (bitmap, colourType) = Decode(png);
        using (bitmap)
        {
            Assert.Equal(2, colourType);
            Assert.Equal((Size, Size), (bitmap.Width, bitmap.Height));
            Assert.Equal(px, bitmap.Bytes);
        }
    }

    [Fact]
    public void Encode_PartlyTransparentTile_KeepsStraightAlphaWithinRounding()
    {
        var px = Tile(opaque: false, seed: 2);
        var png = TileEncoder.Encode(px, Size, TileFormat.Png)!;
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(6, png[25]);

        // Skia decodes to premultiplied pixels: they must come back within one level of ours (two roundings).
        using var premul = new SKBitmap(new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Premul));
        Assert.True(bitmap.CopyTo(premul, SKColorType.Rgba8888));
        var back = premul.Bytes;
        var worst = 0;
        for (var i = 0; i < px.Length; i++)
        {
            worst = Math.Max(worst, Math.Abs(back[i] - px[i]));
        }

        Assert.True(worst <= 1, $"largest difference {worst} levels");
        Assert.Equal(0, back[3]);
        Assert.Equal(255, back[(255 * 4) + 3]);
    }

    [Fact]
    public void Encode_FullyTransparent_IsNull()
    {
        Assert.Null(TileEncoder.Encode(new byte[Size * Size * 4], Size, TileFormat.Png));
        Assert.Null(TileEncoder.Encode(new byte[Size * Size * 4], Size, TileFormat.Webp));
    }

    [Fact]
    public void Encode_Png_ChunksAndChecksumsAreValid()
    {
        using var temp = new TempDirectory();
        foreach (var opaque in new[] { true, false })
        {
            var path = Path.Combine(temp.Path, opaque ? "rgb.png" : "rgba.png");
            File.WriteAllBytes(path, TileEncoder.Encode(Tile(opaque, 3), Size, TileFormat.Png)!);

            // An independent reader: every chunk's CRC-32 (Python's zlib) and the IDAT stream inflated to the raw size.
            const string Check = """
                import sys, struct, zlib
                d = open(sys.argv[1], 'rb').read()
                assert d[:8] == b'\x89PNG\r\n\x1a\n'
                i, chunks, idat = 8, [], b''
                while i < len(d):
                    n, = struct.unpack('>I', d[i:i + 4]); t = d[i + 4:i + 8]; body = d[i + 8:i + 8 + n]
                    crc, = struct.unpack('>I', d[i + 8 + n:i + 12 + n])
                    assert zlib.crc32(t + body) == crc, t
                    chunks.append(t.decode()); idat += body if t == b'IDAT' else b''; i += 12 + n
                w, h, depth, colour = struct.unpack('>IIBB', d[16:26])
                raw = zlib.decompress(idat)
                assert len(raw) == h * (1 + w * (3 if colour == 2 else 4)), len(raw)
                print(' '.join(chunks), w, h, depth, colour)
                """;
            var (exit, output, error) = ExternalTool.Run("python3", "-c", Check, path);
            Assert.True(exit == 0, error);
            Assert.Equal($"IHDR IDAT IEND 256 256 8 {(opaque ? 2 : 6)}", output.Trim());
            var (gdalExit, _, gdalError) = ExternalTool.Run("gdalinfo", "-checksum", path);
            Assert.True(gdalExit == 0 && !gdalError.Contains("CRC", StringComparison.OrdinalIgnoreCase), gdalError);
        }
    }

    [Fact]
    public void Encode_Webp_DecodesToTheTileWithinLossyTolerance()
    {
        var px = Tile(opaque: true, seed: 4);
        var webp = TileEncoder.Encode(px, Size, TileFormat.Webp)!;
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(webp, 0, 4));
        Assert.Equal("WEBP", System.Text.Encoding.ASCII.GetString(webp, 8, 4));
        var (bitmap, _) = Decode(webp);
        using (bitmap)
        {
            var bytes = bitmap.Bytes;
            var mean = Enumerable.Range(0, px.Length).Where(i => i % 4 != 3).Average(i => Math.Abs(bytes[i] - px[i]));
            Assert.True(mean < 3, $"mean difference {mean:0.00} levels");
        }
    }
}
