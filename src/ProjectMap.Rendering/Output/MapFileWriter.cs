using ProjectMap.Rendering.Maps;
using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Output;

/// <summary>
/// Writes a map sheet to a file, the format chosen by its extension: PNG (the page in pixels at its dpi, with the
/// density recorded), PDF (the page in points, vector, fonts embedded as subsets with ToUnicode maps so the text can be
/// searched and extracted; raster layers at the page's dpi) or SVG (the page in CSS pixels at 96 per inch, text as text).
/// Output is deterministic: the PDF's dates are the map's as-of instant, never the clock.
/// </summary>
public static class MapFileWriter
{
    /// <summary>The format for a file name; throws <see cref="ArgumentException"/> naming the extensions allowed.</summary>
    public static MapFileFormat FormatOf(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".PNG" => MapFileFormat.Png,
            ".PDF" => MapFileFormat.Pdf,
            ".SVG" => MapFileFormat.Svg,
            var other => throw new ArgumentException($"'{Path.GetFileName(path)}': cannot tell the format from '{other}'; name the file .png, .pdf or .svg", nameof(path)),
        };
    }

    /// <summary>Writes the map to <paramref name="path"/> (replacing it atomically); returns what the render produced.</summary>
    public static MapRenderResult Write(string path, MapData data, MapRequest request)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        var format = FormatOf(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".part";
        try
        {
            MapRenderResult result;
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                result = Write(stream, format, data, request);
            }

            File.Move(temp, full, overwrite: true);
            return result;
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Writes the map in <paramref name="format"/> to <paramref name="stream"/>.</summary>
    public static MapRenderResult Write(Stream stream, MapFileFormat format, MapData data, MapRequest request)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        return format switch
        {
            MapFileFormat.Png => WritePng(stream, data, request),
            MapFileFormat.Pdf => WritePdf(stream, data, request),
            _ => WriteSvg(stream, data, request),
        };
    }

    /// <summary>Renders the sheet to a raster image of the page's pixel size (the caller disposes it).</summary>
    public static (SKImage Image, MapRenderResult Result) RenderRaster(MapData data, MapRequest request)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        var page = request.Page;
        using var surface = SKSurface.Create(new SKImageInfo(page.WidthPx, page.HeightPx, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"cannot allocate a {page.WidthPx}×{page.HeightPx} px canvas");
        var result = MapRenderer.Render(surface.Canvas, new MapRenderTarget(new SKRect(0, 0, page.WidthPx, page.HeightPx), (float)page.PixelsPerMm), data, request);
        return (surface.Snapshot(), result);
    }

    /// <summary>Encodes a finished image as PNG with its density recorded.</summary>
    public static byte[] EncodePng(SKImage image, double dpi)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var encoded = image.Encode(SKEncodedImageFormat.Png, 100) ?? throw new InvalidOperationException("PNG encoding failed");
        return PngDensity.WithDpi(encoded.ToArray(), dpi);
    }

    private static MapRenderResult WritePng(Stream stream, MapData data, MapRequest request)
    {
        var (image, result) = RenderRaster(data, request);
        using (image)
        {
            stream.Write(EncodePng(image, request.Page.Dpi));
        }

        return result;
    }

    private static MapRenderResult WritePdf(Stream stream, MapData data, MapRequest request)
    {
        const float pointsPerMm = (float)(72 / MapPage.MmPerInch);
        var page = request.Page;
        var width = (float)(page.WidthMm * pointsPerMm);
        var height = (float)(page.HeightMm * pointsPerMm);
        var metadata = new SKDocumentPdfMetadata((float)page.Dpi)
        {
            Title = request.Title ?? new MapWords(request.English).Title(request.Overlay, request.AreaName, null),
            Subject = new MapWords(request.English).Subtitle(request),
            Creator = "ProjectMap",
            Producer = "ProjectMap (SkiaSharp PDF)",
            Creation = data.AsOf.UtcDateTime,
            Modified = data.AsOf.UtcDateTime,
        };
        using var wstream = new SKManagedWStream(stream);
        using var document = SKDocument.CreatePdf(wstream, metadata) ?? throw new InvalidOperationException("cannot create a PDF document");
        var canvas = document.BeginPage(width, height);
        var result = MapRenderer.Render(canvas, new MapRenderTarget(new SKRect(0, 0, width, height), pointsPerMm, IsVector: true, RasterDpi: page.Dpi), data, request);
        document.EndPage();
        document.Close();
        return result;
    }

    private static MapRenderResult WriteSvg(Stream stream, MapData data, MapRequest request)
    {
        const float pixelsPerMm = (float)(96 / MapPage.MmPerInch);
        var page = request.Page;
        var bounds = new SKRect(0, 0, (float)(page.WidthMm * pixelsPerMm), (float)(page.HeightMm * pixelsPerMm));
        MapRenderResult result;
        using (var wstream = new SKManagedWStream(stream))
        using (var canvas = SKSvgCanvas.Create(bounds, wstream))
        {
            result = MapRenderer.Render(canvas, new MapRenderTarget(bounds, pixelsPerMm, IsVector: true, RasterDpi: page.Dpi), data, request);
        }

        return result;
    }

    /// <summary>Checks a CJK typeface is available before any file is created; throws <see cref="FontUnavailableException"/>.</summary>
    public static void EnsureFonts() => _ = CjkTypeface.Regular;
}
