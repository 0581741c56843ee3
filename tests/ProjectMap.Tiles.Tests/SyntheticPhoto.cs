using ProjectMap.Geodesy.Points;
using ProjectMap.Geodesy.Projections;
using ProjectMap.Imagery.Cameras;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Tiles.Warping;
using SkiaSharp;

namespace ProjectMap.Tiles.Tests;

/// <summary>
/// Renders synthetic drone photos of a flat textured ground near Changzhou by casting every pixel's ray (2 × 2 per
/// pixel) through <see cref="PhotoGeoreference"/>: a grey checker of 4 m cells on the EPSG:4549 grid with per-cell
/// shading, and an optional red painted marker disc at a known point. The photo is written as PNG.
/// </summary>
internal static class SyntheticPhoto
{
    public static readonly GaussKrugerZone Zone = GaussKrugerZone.FromEpsg(4549);

    /// <summary>Changzhou, 鑫奇航 site area.</summary>
    public static readonly GeodeticPoint Site = new(31.70, 119.95);

    public static PhotoGeoreference Georeference(GeodeticPoint camera, double heightM, double yawDeg, double pitchDeg, int width = 1200, int height = 800, double focalPx = 1000) =>
        new(new PinholeCamera(width, height, focalPx, width / 2.0, height / 2.0), camera, heightM, new CameraAttitude(yawDeg, pitchDeg, 0));

    /// <summary>Renders the photo to <paramref name="path"/> (PNG); <paramref name="tint"/> multiplies the colours (to tell photos apart in mosaics).</summary>
    public static void Render(PhotoGeoreference geo, string path, GeodeticPoint? marker = null, double markerRadiusM = 1.5, (float R, float G, float B)? tint = null, Func<double, double, (byte R, byte G, byte B)>? ground = null)
    {
        var w = geo.Camera.WidthPx;
        var h = geo.Camera.HeightPx;
        var (mx, my) = marker is { } m ? Zone.ForwardXY(m.LongitudeDeg, m.LatitudeDeg) : (double.NaN, double.NaN);
        var t = tint ?? (1f, 1f, 1f);
        ground ??= Checker;
        using var bitmap = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = new byte[w * h * 4];
        var pixelToGrid = geo.PixelToGrid;
        for (var v = 0; v < h; v++)
        {
            for (var u = 0; u < w; u++)
            {
                double r = 0, g = 0, b = 0;
                for (var k = 0; k < 4; k++)
                {
                    var su = u + 0.25 + (0.5 * (k % 2));
                    var sv = v + 0.25 + (0.5 * (k / 2));
                    (byte R, byte G, byte B) c = (135, 206, 235);
                    if (pixelToGrid.TryApply(su, sv, out var e, out var n))
                    {
                        c = ((e - mx) * (e - mx)) + ((n - my) * (n - my)) <= markerRadiusM * markerRadiusM ? ((byte)230, (byte)20, (byte)20) : ground(e, n);
                    }

                    r += c.R;
                    g += c.G;
                    b += c.B;
                }

                var o = ((v * w) + u) * 4;
                pixels[o] = (byte)Math.Clamp(r / 4 * t.R, 0, 255);
                pixels[o + 1] = (byte)Math.Clamp(g / 4 * t.G, 0, 255);
                pixels[o + 2] = (byte)Math.Clamp(b / 4 * t.B, 0, 255);
                pixels[o + 3] = 255;
            }
        }

        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }

    /// <summary>The default ground: 4 m checker cells, each a different grey-green shade.</summary>
    public static (byte R, byte G, byte B) Checker(double e, double n)
    {
        var cx = (long)Math.Floor(e / 4);
        var cy = (long)Math.Floor(n / 4);
        var hash = (uint)((cx * 73856093) ^ (cy * 19349663));
        var shade = (byte)(((cx + cy) & 1) == 0 ? 70 + (hash % 40) : 150 + (hash % 50));
        return (shade, (byte)Math.Min(255, shade + 15), (byte)(shade * 0.8));
    }

    /// <summary>A photo ready to warp, reading the PNG.</summary>
    public static WarpPhoto ToWarp(PhotoGeoreference geo, string path, string id) =>
        new(id, geo.LocalToPixel, geo.Frame, geo.Camera.WidthPx, geo.Camera.HeightPx, geo.HeightAboveGroundM, "pose", s => MipPyramid.Decode(path, s), geo.MaxGroundDistanceM)
        {
            Name = Path.GetFileName(path),
        };
}
