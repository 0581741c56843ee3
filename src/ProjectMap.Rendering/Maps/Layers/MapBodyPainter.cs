using System.Globalization;
using ProjectMap.Rendering.Layout;
using ProjectMap.Rendering.Maps.Imagery;
using ProjectMap.Rendering.Maps.Labels;
using ProjectMap.Rendering.Maps.Styles;
using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Layers;

/// <summary>
/// Draws the map inside its neat line, layer by layer: background, basemap tiles, drone imagery, the kilometre grid,
/// parcels, the overlay's symbols, then labels placed by <see cref="LabelPlacer"/>; and the grid's coordinates outside
/// the neat line.
/// </summary>
public static class MapBodyPainter
{
    /// <summary>Draws the body; problems go to <paramref name="warnings"/>.</summary>
    public static MapBody Draw(SKCanvas canvas, PageLayout layout, MapViewport? viewport, MapData data, MapRequest request, MapRenderTarget target, List<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(target);
        var m = layout.Metrics;
        var frame = layout.MapFrame;
        var words = new MapWords(request.English);
        using (var background = new SKPaint { Color = MapPalette.MapBackground })
        {
            canvas.DrawRect(frame, background);
        }

        if (viewport is null)
        {
            DrawNeatLine(canvas, frame, m);
            using var font = m.Text(12, MapPalette.MutedInk).CreateFont(m.UnitsPerMm);
            TextPainter.Draw(canvas, words.NoProjects, frame.MidX, frame.MidY, font, MapPalette.MutedInk, SKTextAlign.Center);
            return new MapBody([], [], false, false, 0, null);
        }

        var (basemapDrawn, imageryDrawn) = DrawRasters(canvas, viewport, data, request, target, warnings);
        var gridInterval = DrawGrid(canvas, viewport, m);

        var markerSize = m.Scaled(2.8);
        CircleScale? circles = null;
        if (request.Overlay == MapOverlay.Investment)
        {
            var max = data.Projects.Where(p => p.HasParcel).Select(p => p.Project.PlannedInvestmentWan).DefaultIfEmpty(0).Max();
            var maxRadius = Math.Min(m.Scaled(13), Math.Min(frame.Width, frame.Height) * 0.09f);
            circles = new CircleScale(max, maxRadius, m.Scaled(1.1));
        }

        var features = FeatureBuilder.Build(data.Projects, viewport, markerSize, p => circles?.Radius(p.Project.PlannedInvestmentWan) ?? 0);
        canvas.Save();
        canvas.ClipRect(frame);
        switch (request.Overlay)
        {
            case MapOverlay.Investment:
                DrawInvestment(canvas, features, circles!, m, imageryDrawn);
                break;
            case MapOverlay.Status:
                DrawStatus(canvas, features, m, markerSize, imageryDrawn);
                break;
            default:
                DrawCompletion(canvas, features, request.Progress, m, imageryDrawn);
                break;
        }

        var insets = InsetPainter.Draw(canvas, viewport, features, data, request, target, m, warnings);
        canvas.Restore();
        DrawNeatLine(canvas, frame, m);
        var labels = ProjectLabels.PlaceAndDraw(canvas, features, frame, request, m, insets);
        DrawGridLabels(canvas, viewport, gridInterval, layout);
        return new MapBody(features, labels, imageryDrawn || insets.Count > 0, basemapDrawn, gridInterval, circles) { Insets = insets };
    }

    /// <summary>
    /// Draws the basemap and drone imagery that reach <paramref name="viewport"/>'s frame: straight onto a raster
    /// canvas, or composed off-screen at the target's raster density and placed as one image on PDF and SVG canvases.
    /// </summary>
    public static (bool Basemap, bool Imagery) DrawRasters(SKCanvas canvas, MapViewport viewport, MapData data, MapRequest request, MapRenderTarget target, List<string> warnings)
    {
        var view = ViewLonLat(viewport);
        var layers = new List<IMapImagery>();
        var basemap = data.Basemap is { } b && b.BoundsLonLat.Intersects(view);
        if (basemap)
        {
            layers.Add(data.Basemap!);
        }

        var imagery = request.Imagery ? data.Imagery.Where(i => i.BoundsLonLat.Intersects(view)).ToList() : [];
        layers.AddRange(imagery);
        if (layers.Count == 0)
        {
            return (false, false);
        }

        if (!target.IsVector)
        {
            foreach (var layer in layers)
            {
                layer.Draw(canvas, viewport, warnings);
            }

            return (basemap, imagery.Count > 0);
        }

        // PDF and SVG: compose the rasters off-screen at the print density and place them as one image, so every
        // perspective warp is done by Skia's raster pipeline and the document holds one picture of the frame.
        var frame = viewport.Frame;
        var pixelsPerMm = target.RasterDpi / MapPage.MmPerInch;
        var widthPx = (int)Math.Ceiling(frame.Width / viewport.UnitsPerMm * pixelsPerMm);
        var heightPx = (int)Math.Ceiling(frame.Height / viewport.UnitsPerMm * pixelsPerMm);
        using var surface = SKSurface.Create(new SKImageInfo(widthPx, heightPx, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.Transparent);
        var offscreen = new MapViewport(viewport.Zone, viewport.CentreEastingM, viewport.CentreNorthingM, viewport.ScaleDenominator, new SKRect(0, 0, widthPx, heightPx), (float)pixelsPerMm);
        foreach (var layer in layers)
        {
            layer.Draw(surface.Canvas, offscreen, warnings);
        }

        using var image = surface.Snapshot();
        using var paint = new SKPaint();
        canvas.DrawImage(image, new SKRect(0, 0, widthPx, heightPx), frame, new SKSamplingOptions(SKFilterMode.Linear), paint);
        return (basemap, imagery.Count > 0);
    }

    private static NetTopologySuite.Geometries.Envelope ViewLonLat(MapViewport viewport)
    {
        var env = new NetTopologySuite.Geometries.Envelope();
        var f = viewport.Frame;
        foreach (var (x, y) in new[] { (f.Left, f.Top), (f.Right, f.Top), (f.Right, f.Bottom), (f.Left, f.Bottom) })
        {
            var (e, n) = viewport.CanvasToGrid(x, y);
            var (lon, lat) = viewport.Zone.InverseXY(e, n);
            env.ExpandToInclude(lon, lat);
        }

        return env;
    }

    /// <summary>The kilometre grid: lines every round interval so that about six cross the frame.</summary>
    private static double DrawGrid(SKCanvas canvas, MapViewport viewport, LayoutMetrics m)
    {
        var extent = viewport.GridExtent;
        var interval = NiceScale.LengthAtMost(Math.Max(extent.Width, extent.Height) / 6);
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = MapPalette.Grid, StrokeWidth = m.Mm(0.12) };
        canvas.Save();
        canvas.ClipRect(viewport.Frame);
        for (var e = Math.Ceiling(extent.MinX / interval) * interval; e <= extent.MaxX; e += interval)
        {
            var x = viewport.GridToCanvas(e, viewport.CentreNorthingM).X;
            canvas.DrawLine(x, viewport.Frame.Top, x, viewport.Frame.Bottom, paint);
        }

        for (var n = Math.Ceiling(extent.MinY / interval) * interval; n <= extent.MaxY; n += interval)
        {
            var y = viewport.GridToCanvas(viewport.CentreEastingM, n).Y;
            canvas.DrawLine(viewport.Frame.Left, y, viewport.Frame.Right, y, paint);
        }

        canvas.Restore();
        return interval;
    }

    private static void DrawGridLabels(SKCanvas canvas, MapViewport viewport, double interval, PageLayout layout)
    {
        var m = layout.Metrics;
        var frame = viewport.Frame;
        var extent = viewport.GridExtent;
        using var font = m.Text(6.5, MapPalette.MutedInk).CreateFont(m.UnitsPerMm);
        using var tick = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = MapPalette.Ink, StrokeWidth = m.Mm(0.15) };
        var tickLength = m.Scaled(1.2);
        var gap = m.Scaled(0.8);
        var kmFormat = interval % 1000 == 0 ? "0" : interval % 100 == 0 ? "0.0" : interval % 10 == 0 ? "0.00" : "0.000";
        string Km(double v) => (v / 1000).ToString(kmFormat, CultureInfo.InvariantCulture);
        for (var e = Math.Ceiling(extent.MinX / interval) * interval; e <= extent.MaxX; e += interval)
        {
            var x = viewport.GridToCanvas(e, viewport.CentreNorthingM).X;
            canvas.DrawLine(x, frame.Top - tickLength, x, frame.Top, tick);
            canvas.DrawLine(x, frame.Bottom, x, frame.Bottom + tickLength, tick);
            TextPainter.Draw(canvas, Km(e), x, frame.Top - tickLength - gap, font, MapPalette.MutedInk, SKTextAlign.Center);
            TextPainter.Draw(canvas, Km(e), x, frame.Bottom + tickLength + gap + font.Size * 0.8f, font, MapPalette.MutedInk, SKTextAlign.Center);
        }

        for (var n = Math.Ceiling(extent.MinY / interval) * interval; n <= extent.MaxY; n += interval)
        {
            var y = viewport.GridToCanvas(viewport.CentreEastingM, n).Y;
            canvas.DrawLine(frame.Left - tickLength, y, frame.Left, y, tick);
            canvas.DrawLine(frame.Right, y, frame.Right + tickLength, y, tick);
            foreach (var (x, turn) in new[] { (frame.Left - tickLength - gap, -90f), (frame.Right + tickLength + gap, 90f) })
            {
                canvas.Save();
                canvas.Translate(x, y);
                canvas.RotateDegrees(turn);
                TextPainter.Draw(canvas, Km(n), 0, 0, font, MapPalette.MutedInk, SKTextAlign.Center);
                canvas.Restore();
            }
        }
    }

    private static void DrawNeatLine(SKCanvas canvas, SKRect frame, LayoutMetrics m)
    {
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = MapPalette.Ink, StrokeWidth = m.Mm(0.35) };
        canvas.DrawRect(frame, paint);
    }

    private static void DrawCompletion(SKCanvas canvas, IReadOnlyList<MapFeature> features, ProgressMeasure measure, LayoutMetrics m, bool overImagery)
    {
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var outline = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = MapPalette.ParcelOutline, StrokeWidth = m.Mm(0.3), StrokeJoin = SKStrokeJoin.Round };
        foreach (var f in features.OrderByDescending(f => f.Symbol.Width * f.Symbol.Height))
        {
            var colour = ProgressRamp.ClassOf(f.Project.ProgressPct(measure))?.Fill ?? ProgressRamp.NoData;
            var large = Math.Max(f.Symbol.Width, f.Symbol.Height) > m.Mm(30);
            // A parcel large enough to show its photo is tinted lightly so the site stays visible through it.
            fill.Color = colour.WithAlpha(large ? (overImagery ? (byte)105 : (byte)150) : (byte)240);
            if (f.AsMarker)
            {
                canvas.DrawRect(f.Symbol, fill);
                canvas.DrawRect(f.Symbol, outline);
            }
            else
            {
                canvas.DrawPath(f.Parcel!, fill);
                canvas.DrawPath(f.Parcel!, outline);
            }
        }
    }

    private static void DrawInvestment(SKCanvas canvas, IReadOnlyList<MapFeature> features, CircleScale circles, LayoutMetrics m, bool overImagery)
    {
        using var parcelFill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = SKColor.Parse("#cfc8b8").WithAlpha(overImagery ? (byte)90 : (byte)200) };
        using var parcelLine = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = MapPalette.ParcelOutline, StrokeWidth = m.Mm(0.25) };
        foreach (var f in features.Where(f => !f.AsMarker))
        {
            canvas.DrawPath(f.Parcel!, parcelFill);
            canvas.DrawPath(f.Parcel!, parcelLine);
        }

        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var ring = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = MapPalette.Ink, StrokeWidth = m.Mm(0.3) };
        using var halo = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = SKColors.White.WithAlpha(220), StrokeWidth = m.Mm(0.9) };
        using var dot = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = MapPalette.Ink };
        foreach (var f in features.OrderByDescending(f => f.CircleRadius).ThenBy(f => f.Project.Number))
        {
            var colour = ProgressRamp.ClassOf(f.Project.Status.InvestmentProgressPct)?.Fill ?? ProgressRamp.NoData;
            fill.Color = colour.WithAlpha(230);
            canvas.DrawCircle(f.Anchor, f.CircleRadius, halo);
            canvas.DrawCircle(f.Anchor, f.CircleRadius, fill);
            canvas.DrawCircle(f.Anchor, f.CircleRadius, ring);
            if (f.CircleRadius > m.Mm(2.5))
            {
                canvas.DrawCircle(f.Anchor, m.Mm(0.35), dot);
            }
        }
    }

    private static void DrawStatus(SKCanvas canvas, IReadOnlyList<MapFeature> features, LayoutMetrics m, float markerSize, bool overImagery)
    {
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        foreach (var f in features.OrderBy(f => f.Project.Status.Level).ThenByDescending(f => f.Symbol.Width * f.Symbol.Height))
        {
            var style = StatusStyle.Of(f.Project.Status.Level);
            var large = Math.Max(f.Symbol.Width, f.Symbol.Height) > m.Mm(30);
            fill.Color = style.Tint.WithAlpha(large ? (overImagery ? (byte)60 : (byte)120) : (byte)235);
            using var stroke = style.CreateStroke(m.UnitsPerMm);
            using var shape = f.AsMarker ? Square(f.Anchor, markerSize * 1.15f) : new SKPath(f.Parcel!);
            canvas.DrawPath(shape, fill);
            canvas.DrawPath(shape, stroke);
            if (style.DoubleRule)
            {
                using var inner = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = SKColors.White, StrokeWidth = style.WidthMm * m.UnitsPerMm / 3, StrokeJoin = SKStrokeJoin.Round };
                canvas.DrawPath(shape, inner);
            }
        }
    }

    private static SKPath Square(SKPoint centre, float size)
    {
        using var builder = new SKPathBuilder();
        builder.AddRect(SKRect.Create(centre.X - (size / 2), centre.Y - (size / 2), size, size), SKPathDirection.Clockwise);
        return builder.Detach();
    }
}
