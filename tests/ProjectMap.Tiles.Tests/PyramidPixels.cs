using ProjectMap.Tiles.Grids;
using SkiaSharp;

namespace ProjectMap.Tiles.Tests;

/// <summary>Reads the tiles of one zoom level of a pyramid folder and measures them in global pixel coordinates.</summary>
internal static class PyramidPixels
{
    /// <summary>Every tile file of a zoom level: (tile, unpremultiplied RGBA bytes).</summary>
    public static IEnumerable<(TileId Tile, byte[] Rgba)> Read(string folder, int zoom)
    {
        var zDir = Path.Combine(folder, zoom.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!Directory.Exists(zDir))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(zDir, "*.png", SearchOption.AllDirectories))
        {
            var x = int.Parse(Path.GetFileName(Path.GetDirectoryName(file))!, System.Globalization.CultureInfo.InvariantCulture);
            var y = int.Parse(Path.GetFileNameWithoutExtension(file), System.Globalization.CultureInfo.InvariantCulture);
            using var decoded = SKBitmap.Decode(file);
            using var rgba = new SKBitmap(new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
            decoded.CopyTo(rgba, SKColorType.Rgba8888);
            var bytes = new byte[decoded.Width * decoded.Height * 4];
            using (var pm = rgba.PeekPixels())
            {
                pm.GetPixelSpan().CopyTo(bytes);
            }

            yield return (new TileId(zoom, x, y), bytes);
        }
    }

    /// <summary>The alpha-weighted centre of the non-transparent pixels, in global pixels.</summary>
    public static (double X, double Y, double Weight) OpaqueCentre(string folder, int zoom) =>
        Centre(folder, zoom, (r, g, b, a) => a / 255.0);

    /// <summary>The centre of the pixels a predicate weighs (e.g. the red marker), in global pixels.</summary>
    public static (double X, double Y, double Weight) Centre(string folder, int zoom, Func<byte, byte, byte, byte, double> weight)
    {
        double sx = 0, sy = 0, sw = 0;
        foreach (var (tile, rgba) in Read(folder, zoom))
        {
            for (var j = 0; j < 256; j++)
            {
                for (var i = 0; i < 256; i++)
                {
                    var o = ((j * 256) + i) * 4;
                    var w = weight(rgba[o], rgba[o + 1], rgba[o + 2], rgba[o + 3]);
                    if (w > 0)
                    {
                        sx += w * ((tile.X * 256.0) + i + 0.5);
                        sy += w * ((tile.Y * 256.0) + j + 0.5);
                        sw += w;
                    }
                }
            }
        }

        return (sx / sw, sy / sw, sw);
    }

    /// <summary>Red marker paint: strongly red, opaque pixels.</summary>
    public static double Red(byte r, byte g, byte b, byte a) => a > 128 && r > 150 && g < 90 && b < 90 ? 1 : 0;
}
