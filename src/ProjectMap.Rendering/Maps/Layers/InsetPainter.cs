using System.Globalization;
using NetTopologySuite.Geometries;
using ProjectMap.Rendering.Layout;
using ProjectMap.Rendering.Maps.Labels;
using ProjectMap.Rendering.Maps.Styles;
using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Layers;

/// <summary>
/// Detail insets on a district map: a project whose parcel is too small at the district's scale to show its drone
/// imagery gets a framed inset — its site at a round large scale with the imagery, the parcel drawn in the overlay's
/// style, its number and name, the photo date and the inset's scale — placed in an empty corner or edge of the map
/// (never over another project's symbol or another inset) and tied to its symbol by a leader line. At most
/// <see cref="MaxInsets"/>, largest planned investment first; labels are then placed around them.
/// </summary>
public static class InsetPainter
{
    /// <summary>The most insets on one map.</summary>
    public const int MaxInsets = 3;

    /// <summary>A parcel smaller than this on the page (millimetres) gets an inset when it has imagery.</summary>
    public const double SmallSymbolMm = 20;

    /// <summary>Draws the insets of a district map (none on a project map or without imagery); returns them.</summary>
    public static IReadOnlyList<MapInset> Draw(
        SKCanvas canvas, MapViewport viewport, IReadOnlyList<MapFeature> features, MapData data, MapRequest request, MapRenderTarget target, LayoutMetrics m, List<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(viewport);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(m);
        var insets = new List<MapInset>();
        if (request.Project is not null || !request.Imagery || data.Imagery.Count == 0)
        {
            return insets;
        }

        var frame = viewport.Frame;
        var width = Math.Clamp(frame.Width * 0.2f, m.Scaled(42), m.Scaled(72));
        var height = width * 0.8f;
        if (width * 2.5f > frame.Width || height * 2.5f > frame.Height)
        {
            return insets;
        }

        var margin = m.Scaled(3);
        var keepOff = m.Scaled(3);
        var candidates = features
            .Where(f => f.Parcel is { } path && Math.Max(path.Bounds.Width, path.Bounds.Height) < m.Mm(SmallSymbolMm) && frame.Contains(f.Anchor))
            .Where(f => data.Imagery.Any(i => i.BoundsLonLat.Intersects(LonLatEnvelope(f.Project, data))))
            .OrderByDescending(f => f.Project.Project.PlannedInvestmentWan)
            .ThenBy(f => f.Project.Number)
            .ToList();
        foreach (var f in candidates)
        {
            if (insets.Count == MaxInsets)
            {
                break;
            }

            SKRect? best = null;
            var bestDistance = double.MaxValue;
            foreach (var box in Positions(frame, width, height, margin))
            {
                var clear = box;
                clear.Inflate(keepOff, keepOff);
                if (features.Any(g => g.Symbol.IntersectsWith(clear)) || insets.Any(i => i.Box.IntersectsWith(clear)))
                {
                    continue;
                }

                var distance = SKPoint.Distance(new SKPoint(box.MidX, box.MidY), f.Anchor);
                var to = Nearest(box, f.Anchor);
                if (distance < bestDistance && !features.Any(g => g != f && LabelPlacer.SegmentHitsRect(f.Anchor, to, g.Symbol)))
                {
                    best = box;
                    bestDistance = distance;
                }
            }

            if (best is { } chosen)
            {
                insets.Add(DrawOne(canvas, chosen, f, data, request, target, m, warnings));
            }
        }

        return insets;
    }

    private static MapInset DrawOne(SKCanvas canvas, SKRect box, MapFeature f, MapData data, MapRequest request, MapRenderTarget target, LayoutMetrics m, List<string> warnings)
    {
        var words = new MapWords(request.English);
        var to = Nearest(box, f.Anchor);
        var from = EdgeOf(f.Symbol, f.Anchor, to);
        using (var halo = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = SKColors.White.WithAlpha(220), StrokeWidth = m.Mm(0.8) })
        using (var line = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = MapPalette.Ink, StrokeWidth = m.Mm(0.3) })
        {
            canvas.DrawLine(from, to, halo);
            canvas.DrawLine(from, to, line);
        }

        using (var shadow = new SKPaint { IsAntialias = true, Color = SKColors.Black.WithAlpha(40) })
        {
            var s = box;
            s.Offset(m.Mm(0.8), m.Mm(0.8));
            canvas.DrawRect(s, shadow);
        }

        using (var white = new SKPaint { Color = SKColors.White })
        {
            canvas.DrawRect(box, white);
        }

        using var nameFont = m.Text(7, MapPalette.Ink, bold: true).CreateFont(m.UnitsPerMm);
        using var smallFont = m.Text(6, MapPalette.Ink).CreateFont(m.UnitsPerMm);
        using var badgeFont = m.Text(6.5, SKColors.White, bold: true).CreateFont(m.UnitsPerMm);
        var pad = m.Scaled(1.2);
        var captionHeight = TextPainter.LineHeight(nameFont, 1.5f);
        var badgeHeight = TextPainter.LineHeight(nameFont, 0.95f);
        var number = f.Project.Number.ToString(CultureInfo.InvariantCulture);
        var badgeWidth = Math.Max(badgeHeight, badgeFont.MeasureText(number) + m.Scaled(1.4));
        var badge = SKRect.Create(box.Left + pad, box.Top + ((captionHeight - badgeHeight) / 2), badgeWidth, badgeHeight);
        ProjectLabels.DrawBadge(canvas, number, badge, badgeFont, m);
        var nameLeft = badge.Right + pad;
        var name = TextWrap.FitOrTruncate(f.Project.Project.DisplayName(request.English), nameFont, box.Right - pad - nameLeft);
        TextPainter.Draw(canvas, name, nameLeft, box.Top + TextPainter.BaselineOffset(nameFont, 1.5f), nameFont, MapPalette.Ink);

        var picture = new SKRect(box.Left + pad, box.Top + captionHeight, box.Right - pad, box.Bottom - pad);
        var extent = Extent(f.Project, data);
        var sub = MapViewport.Fit(data.Zone!, extent, picture, m.UnitsPerMm, roundScale: true);
        canvas.Save();
        canvas.ClipRect(picture);
        using (var background = new SKPaint { Color = MapPalette.MapBackground })
        {
            canvas.DrawRect(picture, background);
        }

        MapBodyPainter.DrawRasters(canvas, sub, data, request, target, warnings);
        using (var parcel = FeatureBuilder.ToPath(f.Project.ParcelGrid, sub))
        {
            DrawParcel(canvas, parcel, f.Project, request, m);
        }

        var ic = CultureInfo.InvariantCulture;
        var caption = (f.Project.LatestPhotoDate is { } day ? words.PhotoOf(day.ToString("yyyy-MM-dd", ic)) + "  " : string.Empty) + MapFormat.Scale(sub.ScaleDenominator);
        TextPainter.Draw(canvas, caption, picture.Left + m.Scaled(1), picture.Bottom - m.Scaled(1.2), smallFont, MapPalette.Ink, SKTextAlign.Left, m.Mm(0.45));
        canvas.Restore();
        using (var edge = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = MapPalette.Ink, StrokeWidth = m.Mm(0.35) })
        {
            canvas.DrawRect(box, edge);
        }

        return new MapInset(f.Project.Number, box, sub.ScaleDenominator, (from, to));
    }

    private static void DrawParcel(SKCanvas canvas, SKPath parcel, MapProject project, MapRequest request, LayoutMetrics m)
    {
        if (request.Overlay == MapOverlay.Status)
        {
            using var stroke = StatusStyle.Of(project.Status.Level).CreateStroke(m.UnitsPerMm);
            canvas.DrawPath(parcel, stroke);
            return;
        }

        var measure = request.Overlay == MapOverlay.Investment ? ProgressMeasure.Investment : request.Progress;
        var colour = ProgressRamp.ClassOf(project.ProgressPct(measure))?.Fill ?? ProgressRamp.NoData;
        using var fill = new SKPaint { IsAntialias = true, Color = colour.WithAlpha(95) };
        using var ring = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = colour, StrokeWidth = m.Mm(0.9), StrokeJoin = SKStrokeJoin.Round };
        using var outline = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = MapPalette.ParcelOutline, StrokeWidth = m.Mm(0.25), StrokeJoin = SKStrokeJoin.Round };
        canvas.DrawPath(parcel, fill);
        canvas.DrawPath(parcel, ring);
        canvas.DrawPath(parcel, outline);
    }

    /// <summary>Inset boxes tried: the four corners, then the middles of the four edges.</summary>
    private static IEnumerable<SKRect> Positions(SKRect frame, float w, float h, float margin)
    {
        var left = frame.Left + margin;
        var right = frame.Right - margin - w;
        var top = frame.Top + margin;
        var bottom = frame.Bottom - margin - h;
        var midX = frame.MidX - (w / 2);
        var midY = frame.MidY - (h / 2);
        foreach (var (x, y) in new[] { (left, top), (right, top), (left, bottom), (right, bottom), (left, midY), (right, midY), (midX, top), (midX, bottom) })
        {
            yield return SKRect.Create(x, y, w, h);
        }
    }

    /// <summary>
    /// What an inset shows, grid metres: the parcel with a margin, grown to the drone imagery over it (so the picture is
    /// the photo, not empty background) but never beyond the parcel's own size again on each side.
    /// </summary>
    private static Envelope Extent(MapProject project, MapData data)
    {
        var parcel = project.ParcelGrid.EnvelopeInternal;
        var extent = new Envelope(parcel);
        extent.ExpandBy(Math.Max(Math.Max(parcel.Width, parcel.Height) * 0.25, 40));
        var limit = new Envelope(parcel);
        limit.ExpandBy(Math.Max(parcel.Width, parcel.Height));
        var lonLat = LonLatEnvelope(project, data);
        foreach (var layer in data.Imagery.Where(i => i.BoundsLonLat.Intersects(lonLat)))
        {
            var b = layer.BoundsLonLat;
            var grid = new Envelope();
            foreach (var (lon, lat) in new[] { (b.MinX, b.MinY), (b.MinX, b.MaxY), (b.MaxX, b.MinY), (b.MaxX, b.MaxY) })
            {
                var (e, n) = data.Zone!.ForwardXY(lon, lat);
                grid.ExpandToInclude(e, n);
            }

            extent.ExpandToInclude(grid.Intersection(limit));
        }

        return extent;
    }

    private static Envelope LonLatEnvelope(MapProject project, MapData data)
    {
        var env = new Envelope();
        foreach (var c in project.ParcelGrid.Envelope.Coordinates)
        {
            var (lon, lat) = data.Zone!.InverseXY(c.X, c.Y);
            env.ExpandToInclude(lon, lat);
        }

        return env;
    }

    private static SKPoint Nearest(SKRect box, SKPoint p) => new(Math.Clamp(p.X, box.Left, box.Right), Math.Clamp(p.Y, box.Top, box.Bottom));

    private static SKPoint EdgeOf(SKRect symbol, SKPoint anchor, SKPoint to)
    {
        var dx = to.X - anchor.X;
        var dy = to.Y - anchor.Y;
        var tx = dx > 0 ? (symbol.Right - anchor.X) / dx : dx < 0 ? (symbol.Left - anchor.X) / dx : float.MaxValue;
        var ty = dy > 0 ? (symbol.Bottom - anchor.Y) / dy : dy < 0 ? (symbol.Top - anchor.Y) / dy : float.MaxValue;
        var t = Math.Clamp(Math.Min(tx, ty), 0, 1);
        return new SKPoint(anchor.X + (dx * t), anchor.Y + (dy * t));
    }
}
