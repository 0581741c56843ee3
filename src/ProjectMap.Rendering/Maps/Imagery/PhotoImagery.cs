using NetTopologySuite.Geometries;
using ProjectMap.Application.Photos.Exports;
using ProjectMap.Imagery.Mathematics;
using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Imagery;

/// <summary>
/// One drone photo drawn straight through its exact pixel → ground homography (the pose, or an officer's correction)
/// composed with the map's grid → canvas transform: a single perspective matrix, so no intermediate warp. The photo is
/// decoded at the smallest JPEG scale (1/2, 1/4, 1/8) that still gives at least two photo pixels per map pixel, and
/// clipped to its ground footprint so rays near the horizon never smear across the map.
/// </summary>
public sealed class PhotoImagery : IMapImagery
{
    private const int EdgeSamples = 8;

    /// <summary>Creates the layer for the photo file at <paramref name="path"/> with its mapping and footprint (lon/lat degrees).</summary>
    public PhotoImagery(string path, PhotoMapping mapping, Polygon footprintLonLat, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(footprintLonLat);
        Path = path;
        Mapping = mapping;
        Footprint = footprintLonLat;
        Description = description;
    }

    /// <summary>The photo file.</summary>
    public string Path { get; }

    /// <summary>Pixel → ground.</summary>
    public PhotoMapping Mapping { get; }

    /// <summary>The ground footprint, lon/lat degrees.</summary>
    public Polygon Footprint { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public Envelope BoundsLonLat => Footprint.EnvelopeInternal;

    /// <summary>Photo pixel (column, row) → canvas, as one homography.</summary>
    public Homography PixelToCanvas(MapViewport viewport)
    {
        ArgumentNullException.ThrowIfNull(viewport);
        return Homography.Compose(Mapping.PixelToGrid, viewport.GridToCanvasHomography);
    }

    /// <inheritdoc />
    public void Draw(SKCanvas canvas, MapViewport viewport, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(viewport);
        ArgumentNullException.ThrowIfNull(warnings);
        if (!File.Exists(Path))
        {
            warnings.Add($"{Description}: the photo file {Path} is missing, so it is not drawn");
            return;
        }

        var toCanvas = PixelToCanvas(viewport);
        using var clip = ClipPath(viewport, toCanvas);
        var bounds = clip.Bounds;
        if (!bounds.IntersectsWith(viewport.Frame) || bounds.Width < 1 || bounds.Height < 1)
        {
            return;
        }

        using var codec = SKCodec.Create(Path);
        if (codec is null)
        {
            warnings.Add($"{Description}: {Path} cannot be decoded, so it is not drawn");
            return;
        }

        // Photo pixels per canvas unit across the footprint, and the decode scale that keeps two of them per unit.
        var canvasExtent = Math.Max(Math.Min(bounds.Width, viewport.Frame.Width * 2), Math.Min(bounds.Height, viewport.Frame.Height * 2));
        var want = Math.Clamp(2.0 * canvasExtent / Math.Max(Mapping.WidthPx, Mapping.HeightPx), 0.125, 1.0);
        var size = codec.GetScaledDimensions((float)want);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            warnings.Add($"{Description}: {Path} cannot be decoded ({result}), so it is not drawn");
            return;
        }

        using var image = SKImage.FromBitmap(bitmap);
        var scaled = new Homography(new Matrix3((double)Mapping.WidthPx / size.Width, 0, 0, 0, (double)Mapping.HeightPx / size.Height, 0, 0, 0, 1));
        var matrix = SkiaHomography.ToSkMatrix(Homography.Compose(scaled, toCanvas));
        canvas.Save();
        canvas.ClipRect(viewport.Frame);
        canvas.ClipPath(clip, SKClipOperation.Intersect, antialias: true);
        canvas.Concat(matrix);
        using var paint = new SKPaint();
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
        canvas.Restore();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Nothing is held between draws: the photo is decoded for each map and released after it.
    }

    private SKPath ClipPath(MapViewport viewport, Homography toCanvas)
    {
        using var footprintBuilder = new SKPathBuilder();
        footprintBuilder.AddPoly(Footprint.ExteriorRing.Coordinates.Select(c => viewport.LonLatToCanvas(c.X, c.Y)).ToArray(), close: true);
        var footprint = footprintBuilder.Detach();
        var border = Border(Mapping.WidthPx, Mapping.HeightPx)
            .Select(p => toCanvas.TryApply(p.U, p.V, out var x, out var y) ? (SKPoint?)new SKPoint((float)x, (float)y) : null)
            .ToList();
        if (border.Any(p => !p.HasValue))
        {
            // Part of the image lies above the horizon: the stored footprint (clamped at the maximum ground distance) bounds it.
            return footprint;
        }

        using var borderBuilder = new SKPathBuilder();
        borderBuilder.AddPoly(border.Select(p => p!.Value).ToArray(), close: true);
        var imageOutline = borderBuilder.Detach();
        if (Mapping.Source != "pose")
        {
            // A corrected photo lies where its correction puts it, not where the pose's footprint is.
            footprint.Dispose();
            return imageOutline;
        }

        var both = imageOutline.Op(footprint, SKPathOp.Intersect);
        if (both is null)
        {
            footprint.Dispose();
            return imageOutline;
        }

        imageOutline.Dispose();
        footprint.Dispose();
        return both;
    }

    private static IEnumerable<(double U, double V)> Border(int w, int h)
    {
        for (var i = 0; i < EdgeSamples; i++)
        {
            yield return (w * (double)i / EdgeSamples, 0);
        }

        for (var i = 0; i < EdgeSamples; i++)
        {
            yield return (w, h * (double)i / EdgeSamples);
        }

        for (var i = 0; i < EdgeSamples; i++)
        {
            yield return (w - (w * (double)i / EdgeSamples), h);
        }

        for (var i = 0; i < EdgeSamples; i++)
        {
            yield return (0, h - (h * (double)i / EdgeSamples));
        }
    }
}
