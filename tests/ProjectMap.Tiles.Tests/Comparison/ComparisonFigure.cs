using SkiaSharp;

namespace ProjectMap.Tiles.Tests.Comparison;

/// <summary>Writes the README figure: the same 160 × 160 px window around the marker's true position from our tiles and GDAL's, with a cross at the truth.</summary>
internal static class ComparisonFigure
{
    public static void Write(string path, string ours, string gdal, int zoom, (double X, double Y) truth, double ourError, double gdalError, double metresPerPixel)
    {
        const int half = 80;
        const int scale = 2;
        var info = new SKImageInfo((2 * half * scale * 2) + 30, (2 * half * scale) + 50);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var font = new SKFont(SKTypeface.Default, 15);
        using var text = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var cross = new SKPaint { Color = SKColors.Cyan, StrokeWidth = 2, IsAntialias = true, Style = SKPaintStyle.Stroke };
        var panels = new[] { (ours, $"ProjectMap: {ourError:0.0} px ({ourError * metresPerPixel:0.00} m) off"), (gdal, $"GDAL 4-GCP affine: {gdalError:0.0} px ({gdalError * metresPerPixel:0.00} m) off") };
        for (var p = 0; p < panels.Length; p++)
        {
            var left = 10 + (p * ((2 * half * scale) + 10));
            using var window = new SKBitmap(2 * half, 2 * half, SKColorType.Rgba8888, SKAlphaType.Unpremul);
            foreach (var (tile, rgba) in PyramidPixels.Read(panels[p].Item1, zoom))
            {
                for (var j = 0; j < 256; j++)
                {
                    for (var i = 0; i < 256; i++)
                    {
                        var wx = (int)Math.Floor((tile.X * 256.0) + i - truth.X) + half;
                        var wy = (int)Math.Floor((tile.Y * 256.0) + j - truth.Y) + half;
                        if (wx >= 0 && wy >= 0 && wx < 2 * half && wy < 2 * half)
                        {
                            var o = ((j * 256) + i) * 4;
                            window.SetPixel(wx, wy, new SKColor(rgba[o], rgba[o + 1], rgba[o + 2], rgba[o + 3]));
                        }
                    }
                }
            }

            using var image = SKImage.FromBitmap(window);
            canvas.DrawImage(image, SKRect.Create(left, 40, 2 * half * scale, 2 * half * scale), new SKSamplingOptions(SKFilterMode.Nearest));
            var cx = left + (half * scale);
            var cy = 40 + (half * scale);
            canvas.DrawLine(cx - 14, cy, cx + 14, cy, cross);
            canvas.DrawLine(cx, cy - 14, cx, cy + 14, cross);
            canvas.DrawText(panels[p].Item2, left, 25, SKTextAlign.Left, font, text);
        }

        using var png = surface.Snapshot().Encode(SKEncodedImageFormat.Png, 100);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, png.ToArray());
    }
}
