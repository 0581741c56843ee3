using System.Globalization;
using NetTopologySuite.Geometries;
using ProjectMap.Imagery.Mathematics;
using ProjectMap.Reports.Model;
using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>
/// A drone photo drawn straight from the original through its pixel → ground homography into a north-up ground view
/// (so two photos of different dates in the same view line up), with the project's parcel and the photo's footprint
/// outlined, a scale bar in true metres and a north arrow. The warped image is rasterised at the page's resolution and
/// embedded as JPEG; everything drawn over it stays vector.
/// </summary>
public static class PhotoPanel
{
    /// <summary>Raster resolution of warped photos in pixels per inch of paper.</summary>
    public const float Dpi = 220;

    /// <summary>The light grey shown where the photo does not reach.</summary>
    public static SKColor NoImagery { get; } = new(0xEC, 0xEE, 0xF0);

    /// <summary>
    /// Draws the panel. <paramref name="paperScale"/> is the page's scale over A4 (√2 for A3), so rasters keep
    /// <see cref="Dpi"/> on bigger paper. <paramref name="emptyText"/> is shown when there is no photo.
    /// </summary>
    public static void Draw(SKCanvas canvas, ReportFonts fonts, GroundView view, ReportPhoto? photo, Geometry parcel, float paperScale, string emptyText)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(parcel);
        var rect = view.Panel;
        using var fill = new SKPaint { Color = NoImagery, IsAntialias = true };
        canvas.DrawRect(rect, fill);
        canvas.Save();
        canvas.ClipRect(rect);
        var message = photo is null ? emptyText : null;
        if (photo is not null)
        {
            if (photo.FilePath is null || !DrawImagery(canvas, view, photo, paperScale))
            {
                message = emptyText;
            }

            using var footprint = view.Path(photo.Footprint);
            using var dash = SKPathEffect.CreateDash([4f, 2.5f], 0);
            using var outline = new SKPaint { Color = SKColors.White, IsStroke = true, StrokeWidth = 1f, IsAntialias = true, PathEffect = dash };
            canvas.DrawPath(footprint, outline);
        }

        if (!parcel.IsEmpty)
        {
            using var path = view.Path(parcel);
            using var halo = new SKPaint { Color = new SKColor(0, 0, 0, 150), IsStroke = true, StrokeWidth = 2.6f, IsAntialias = true, StrokeJoin = SKStrokeJoin.Round };
            using var line = new SKPaint { Color = new SKColor(0xFF, 0xD2, 0x1F), IsStroke = true, StrokeWidth = 1.4f, IsAntialias = true, StrokeJoin = SKStrokeJoin.Round };
            canvas.DrawPath(path, halo);
            canvas.DrawPath(path, line);
        }

        if (message is not null)
        {
            using var font = fonts.Font(9);
            TextDraw.Line(canvas, message, rect.MidX, rect.MidY + 3, font, ReportPalette.Muted, SKTextAlign.Center);
        }

        ScaleBar(canvas, fonts, view);
        NorthArrow(canvas, fonts, rect);
        canvas.Restore();
        using var frame = new SKPaint { Color = ReportPalette.Rule, IsStroke = true, StrokeWidth = 0.6f };
        canvas.DrawRect(rect, frame);
    }

    /// <summary>The page → raster scale: the warped raster's pixels per page point.</summary>
    public static float PixelsPerPoint(float paperScale) => Dpi / 72f * paperScale;

    private static bool DrawImagery(SKCanvas canvas, GroundView view, ReportPhoto photo, float paperScale)
    {
        var mapping = photo.Mapping;
        if (mapping.Frame.Zone.Epsg != view.Zone.Epsg)
        {
            return false;
        }

        using var image = SKImage.FromEncodedData(photo.FilePath!);
        if (image is null)
        {
            return false;
        }

        var rect = view.Panel;
        var k = PixelsPerPoint(paperScale);
        var width = (int)Math.Ceiling(rect.Width * k);
        var height = (int)Math.Ceiling(rect.Height * k);
        using var raster = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var rc = new SKCanvas(raster))
        {
            rc.Clear(NoImagery);

            // Page points → raster pixels, applied to the footprint clip and (through the grid) to the photo.
            var pageToRaster = SKMatrix.CreateScale(k, k).PreConcat(SKMatrix.CreateTranslation(-rect.Left, -rect.Top));
            using var footprint = view.Path(photo.Footprint);
            using var clip = new SKPath();
            footprint.Transform(pageToRaster, clip);
            rc.ClipPath(clip, SKClipOperation.Intersect, true);

            // Pixel → grid (the photo's homography) then grid → raster (north-up, uniform scale).
            var m = (double)k * view.PointsPerMetre;
            var gridToRaster = new Matrix3(m, 0, -view.WestM * m, 0, -m, view.NorthM * m, 0, 0, 1);
            var h = gridToRaster * mapping.PixelToGrid.Matrix;
            var w = Math.Abs(h.M33) > 1e-12 ? h.M33 : 1;
            var matrix = new SKMatrix((float)(h.M11 / w), (float)(h.M12 / w), (float)(h.M13 / w), (float)(h.M21 / w), (float)(h.M22 / w), (float)(h.M23 / w), (float)(h.M31 / w), (float)(h.M32 / w), (float)(h.M33 / w));
            rc.SetMatrix(matrix);
            using var paint = new SKPaint { IsAntialias = true };
            rc.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
        }

        using var rasterImage = SKImage.FromBitmap(raster);
        using var jpeg = rasterImage.Encode(SKEncodedImageFormat.Jpeg, 86);
        using var encoded = SKImage.FromEncodedData(jpeg);
        canvas.DrawImage(encoded, rect, new SKSamplingOptions(SKFilterMode.Linear), null);
        return true;
    }

    private static void ScaleBar(SKCanvas canvas, ReportFonts fonts, GroundView view)
    {
        var target = view.WidthM * 0.28;
        var nice = new[] { 10.0, 20, 25, 50, 100, 200, 250, 500, 1000, 2000 }.LastOrDefault(v => v <= target, 10);
        var length = (float)(nice * view.PointsPerMetre);
        var rect = view.Panel;
        var x = rect.Left + 6;
        var y = rect.Bottom - 8;
        using var back = new SKPaint { Color = new SKColor(255, 255, 255, 210), IsAntialias = true };
        canvas.DrawRoundRect(new SKRect(x - 3, y - 14, x + length + 26, y + 4), 2, 2, back);
        using var black = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        canvas.DrawRect(x, y - 3, length, 3, black);
        canvas.DrawRect(x + (length / 2), y - 2.4f, (length / 2) - 0.6f, 1.8f, white);
        using var font = fonts.Font(6.5f);
        TextDraw.Line(canvas, "0", x, y - 5, font, SKColors.Black, SKTextAlign.Center);
        TextDraw.Line(canvas, nice.ToString("0", CultureInfo.InvariantCulture) + " m", x + length, y - 5, font, SKColors.Black, SKTextAlign.Center);
    }

    private static void NorthArrow(SKCanvas canvas, ReportFonts fonts, SKRect rect)
    {
        var cx = rect.Right - 11;
        var top = rect.Top + 5;
        using var back = new SKPaint { Color = new SKColor(255, 255, 255, 210), IsAntialias = true };
        canvas.DrawRoundRect(new SKRect(cx - 7, top - 1, cx + 7, top + 23), 2, 2, back);
        using var builder = new SKPathBuilder();
        builder.MoveTo(cx, top + 9);
        builder.LineTo(cx + 4, top + 21);
        builder.LineTo(cx, top + 18);
        builder.LineTo(cx - 4, top + 21);
        builder.Close();
        using var path = builder.Detach();
        using var black = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawPath(path, black);
        using var font = fonts.Font(7, bold: true);
        TextDraw.Line(canvas, "N", cx, top + 8, font, SKColors.Black, SKTextAlign.Center);
    }
}
