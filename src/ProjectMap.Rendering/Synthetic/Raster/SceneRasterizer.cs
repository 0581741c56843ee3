using System.Runtime.InteropServices;
using NetTopologySuite.Geometries;
using ProjectMap.Rendering.Synthetic.Scene;
using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Raster;

/// <summary>
/// Paints a layer of a <see cref="SceneModel"/> into a north-up orthographic raster of the Gauss-Kruger grid with
/// SkiaSharp (anti-aliased), then, for the ground, adds band-limited texture noise tied to grid coordinates so every
/// resolution of the same place shows the same grain.
/// </summary>
public static class SceneRasterizer
{
    /// <summary>The largest raster side in pixels.</summary>
    public const int MaxSidePx = 4096;

    /// <summary>
    /// Renders <paramref name="surface"/> over the grid envelope <paramref name="extent"/> at <paramref name="resolutionM"/>
    /// metres per pixel (made coarser when the raster would exceed <see cref="MaxSidePx"/>). Roof rasters are transparent
    /// where nothing is painted.
    /// </summary>
    public static GroundRaster Render(SceneModel model, Surface surface, Envelope extent, double resolutionM, ulong textureSeed)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(extent);
        var res = Math.Max(resolutionM, Math.Max(extent.Width, extent.Height) / MaxSidePx);
        var width = Math.Max(2, (int)Math.Ceiling(extent.Width / res));
        var height = Math.Max(2, (int)Math.Ceiling(extent.Height / res));
        double west = extent.MinX, north = extent.MaxY;
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(surface == Surface.Ground ? model.Background : SKColors.Transparent);
            var clips = new Dictionary<Coordinate[], SKPath>(ReferenceEqualityComparer.Instance);
            SKPoint P(Coordinate c) => new((float)((c.X - west) / res), (float)((north - c.Y) / res));
            foreach (var item in model.ItemsOn(surface))
            {
                if (!Touches(item, extent))
                {
                    continue;
                }

                var clipped = item.Clip is not null;
                if (clipped)
                {
                    if (!clips.TryGetValue(item.Clip!, out var clipPath))
                    {
                        clipPath = Ring(item.Clip!, P);
                        clips[item.Clip!] = clipPath;
                    }

                    canvas.Save();
                    canvas.ClipPath(clipPath, SKClipOperation.Intersect, true);
                }

                Draw(canvas, item, P, res);
                if (clipped)
                {
                    canvas.Restore();
                }
            }

            foreach (var path in clips.Values)
            {
                path.Dispose();
            }
        }

        var rgba = new byte[width * height * 4];
        Marshal.Copy(bitmap.GetPixels(), rgba, 0, rgba.Length);
        if (surface == Surface.Ground)
        {
            AddTexture(rgba, width, height, west, north, res, textureSeed);
        }

        return new GroundRaster(west, north, res, width, height, rgba);
    }

    private static void Draw(SKCanvas canvas, SceneItem item, Func<Coordinate, SKPoint> p, double res)
    {
        using var paint = new SKPaint { IsAntialias = true };
        switch (item)
        {
            case AreaItem area:
            {
                using var path = Polygon(area.Shell, area.Holes, p);
                paint.Color = area.Fill;
                paint.Style = SKPaintStyle.Fill;
                canvas.DrawPath(path, paint);
                if (area.Stripes is { } stripes)
                {
                    canvas.Save();
                    canvas.ClipPath(path, SKClipOperation.Intersect, true);
                    DrawStripes(canvas, path.Bounds, stripes, res);
                    canvas.Restore();
                }

                break;
            }

            case LineItem line when line.Points.Length >= 2:
            {
                using var builder = new SKPathBuilder();
                builder.MoveTo(p(line.Points[0]));
                foreach (var c in line.Points.Skip(1))
                {
                    builder.LineTo(p(c));
                }

                using var path = builder.Detach();
                paint.Color = line.Colour;
                paint.Style = SKPaintStyle.Stroke;
                paint.StrokeWidth = (float)Math.Max(0.05, line.WidthM / res);
                paint.StrokeJoin = SKStrokeJoin.Round;
                if (line.DashM is { Length: >= 2 } dash)
                {
                    paint.PathEffect = SKPathEffect.CreateDash(dash.Select(d => (float)(d / res)).ToArray(), 0);
                }

                canvas.DrawPath(path, paint);
                break;
            }

            case DiscItem disc:
                paint.Color = disc.Fill;
                paint.Style = SKPaintStyle.Fill;
                if (disc.SoftnessM > 0 && disc.SoftnessM / res > 0.5)
                {
                    paint.MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, (float)(disc.SoftnessM / res));
                }

                canvas.DrawCircle(p(disc.Centre), (float)(disc.RadiusM / res), paint);
                break;
        }
    }

    private static void DrawStripes(SKCanvas canvas, SKRect bounds, StripePattern stripes, double res)
    {
        // Stripes run along AngleRad (counter-clockwise from east); in raster pixels y points south, so the angle flips.
        var (s, c) = Math.SinCos(-stripes.AngleRad);
        var period = stripes.PeriodM / res;
        if (period < 0.75)
        {
            // Finer than the raster: paint the average instead of aliasing.
            using var mean = new SKPaint { Color = stripes.Colour.WithAlpha((byte)Math.Clamp(255 * stripes.WidthM / stripes.PeriodM, 0, 255)) };
            canvas.DrawRect(bounds, mean);
            return;
        }

        using var paint = new SKPaint { IsAntialias = true, Color = stripes.Colour, Style = SKPaintStyle.Stroke, StrokeWidth = (float)Math.Max(0.3, stripes.WidthM / res) };
        double cx = bounds.MidX, cy = bounds.MidY;
        var reach = Math.Sqrt((bounds.Width * bounds.Width) + (bounds.Height * bounds.Height)) / 2 + 2;
        for (var k = -reach; k <= reach; k += period)
        {
            // A line through the centre offset by k along the normal (−s, c), spanning ±reach along (c, s).
            double ox = cx - (s * k), oy = cy + (c * k);
            canvas.DrawLine((float)(ox - (c * reach)), (float)(oy - (s * reach)), (float)(ox + (c * reach)), (float)(oy + (s * reach)), paint);
        }
    }

    private static SKPath Polygon(Coordinate[] shell, IReadOnlyList<Coordinate[]> holes, Func<Coordinate, SKPoint> p)
    {
        using var builder = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
        AddRing(builder, shell, p);
        foreach (var hole in holes)
        {
            AddRing(builder, hole, p);
        }

        return builder.Detach();
    }

    private static SKPath Ring(Coordinate[] ring, Func<Coordinate, SKPoint> p)
    {
        using var builder = new SKPathBuilder();
        AddRing(builder, ring, p);
        return builder.Detach();
    }

    private static void AddRing(SKPathBuilder builder, Coordinate[] ring, Func<Coordinate, SKPoint> p)
    {
        if (ring.Length < 3)
        {
            return;
        }

        builder.MoveTo(p(ring[0]));
        foreach (var c in ring.Skip(1))
        {
            builder.LineTo(p(c));
        }

        builder.Close();
    }

    private static bool Touches(SceneItem item, Envelope extent)
    {
        var env = new Envelope();
        switch (item)
        {
            case AreaItem a:
                foreach (var c in a.Shell)
                {
                    env.ExpandToInclude(c);
                }

                break;
            case LineItem l:
                foreach (var c in l.Points)
                {
                    env.ExpandToInclude(c);
                }

                env.ExpandBy(l.WidthM);
                break;
            case DiscItem d:
                env.ExpandToInclude(d.Centre);
                env.ExpandBy(d.RadiusM);
                break;
            default:
                return true;
        }

        return env.Intersects(extent);
    }

    private static void AddTexture(byte[] rgba, int width, int height, double west, double north, double res, ulong seed)
    {
        // Octaves: wavelength in metres and amplitude (relative brightness); octaves finer than two pixels are left out.
        (double Wavelength, double Amplitude)[] octaves = [(40, 0.05), (9, 0.05), (2.2, 0.04), (0.6, 0.035)];
        var active = octaves.Where(o => o.Wavelength >= 2 * res).ToArray();
        Parallel.For(0, height, j =>
        {
            var n = north - ((j + 0.5) * res);
            for (var i = 0; i < width; i++)
            {
                var e = west + ((i + 0.5) * res);
                var f = 1.0;
                for (var k = 0; k < active.Length; k++)
                {
                    f += active[k].Amplitude * ValueNoise.At(seed + (ulong)k, e / active[k].Wavelength, n / active[k].Wavelength);
                }

                var o = ((j * width) + i) * 4;
                rgba[o] = (byte)Math.Clamp(rgba[o] * f, 0, 255);
                rgba[o + 1] = (byte)Math.Clamp(rgba[o + 1] * f, 0, 255);
                rgba[o + 2] = (byte)Math.Clamp(rgba[o + 2] * f, 0, 255);
            }
        });
    }
}
