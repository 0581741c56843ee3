using System.Globalization;
using ProjectMap.Rendering.Layout;
using ProjectMap.Rendering.Maps.Layers;
using ProjectMap.Rendering.Maps.Styles;
using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Labels;

/// <summary>
/// The projects' labels: a number badge (the row in the project list), the name (wrapped to two lines at most, "…"
/// beyond), and a line of figures — planned investment (亿元), land (亩) and the overlay's value. Placed by
/// <see cref="LabelPlacer"/> in order of planned investment, drawn with a white halo and a leader line when they stand off.
/// </summary>
public static class ProjectLabels
{
    /// <summary>The widest a label's name may be, in millimetres at A3 (scaled with the page).</summary>
    public const double MaxNameWidthMm = 40;

    /// <summary>Places and draws the labels of <paramref name="features"/> inside <paramref name="frame"/>, clear of <paramref name="insets"/> and their leader lines.</summary>
    public static IReadOnlyList<PlacedLabel> PlaceAndDraw(SKCanvas canvas, IReadOnlyList<MapFeature> features, SKRect frame, MapRequest request, LayoutMetrics m, IReadOnlyList<MapInset> insets)
    {
        ArgumentNullException.ThrowIfNull(insets);
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(m);
        var nameStyle = m.Text(8, MapPalette.Ink, bold: true);
        var figureStyle = m.Text(7, MapPalette.Ink);
        var badgeStyle = m.Text(6.5, SKColors.White, bold: true);
        using var nameFont = nameStyle.CreateFont(m.UnitsPerMm);
        using var figureFont = figureStyle.CreateFont(m.UnitsPerMm);
        using var badgeFont = badgeStyle.CreateFont(m.UnitsPerMm);
        var nameLine = TextPainter.LineHeight(nameFont, 1.18f);
        var figureLine = TextPainter.LineHeight(figureFont, 1.18f);
        var gap = m.Scaled(0.9);
        var contents = new Dictionary<int, Content>();
        var requests = new List<LabelRequest>();
        foreach (var f in features)
        {
            var p = f.Project;
            var name = TextWrap.Wrap(p.Project.DisplayName(request.English), nameFont, m.Scaled(MaxNameWidthMm), 2);
            var figures = Figures(p, request);
            var number = p.Number.ToString(CultureInfo.InvariantCulture);
            var badgeHeight = nameLine * 0.92f;
            var badgeWidth = Math.Max(badgeHeight, badgeFont.MeasureText(number) + m.Scaled(1.4));
            var textWidth = Math.Max(name.Select(l => nameFont.MeasureText(l)).DefaultIfEmpty(0).Max(), figureFont.MeasureText(figures));
            var full = new SKSize(badgeWidth + gap + textWidth, (name.Count * nameLine) + figureLine);
            var badge = new SKSize(badgeWidth, badgeHeight);
            contents[p.Number] = new Content(number, name, figures, badge);
            var inside = !f.AsMarker && f.CircleRadius == 0 && f.Symbol.Width > full.Width * 1.6f && f.Symbol.Height > full.Height * 2.2f;
            requests.Add(new LabelRequest(p.Number, (double)p.Project.PlannedInvestmentWan, f.Symbol, f.Anchor, full, badge, inside));
        }

        var placer = new LabelPlacer(frame, m.UnitsPerMm) { GapMm = 0.8f * (float)m.TypeScale, PaddingMm = 0.5f * (float)m.TypeScale };
        foreach (var inset in insets)
        {
            placer.AddObstacle(inset.Box, inset.Leader.From, inset.Leader.To);
        }

        var placed = placer.Place(requests);
        using var leader = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = MapPalette.Leader, StrokeWidth = m.Mm(0.22) };
        using var leaderHalo = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = SKColors.White.WithAlpha(200), StrokeWidth = m.Mm(0.7) };
        using var dot = new SKPaint { IsAntialias = true, Color = MapPalette.Leader };
        foreach (var l in placed.Where(l => l.Leader is not null))
        {
            var (from, to) = l.Leader!.Value;
            canvas.DrawLine(from, to, leaderHalo);
            canvas.DrawLine(from, to, leader);
            canvas.DrawCircle(from, m.Mm(0.45), dot);
        }

        var halo = m.Mm(0.45);
        foreach (var l in placed.Where(l => l.Kind != LabelKind.Omitted))
        {
            var c = contents[l.Id];
            DrawBadge(canvas, c.Number, new SKRect(l.Box.Left, l.Box.Top, l.Box.Left + c.Badge.Width, l.Box.Top + c.Badge.Height), badgeFont, m);
            if (l.Kind != LabelKind.Full)
            {
                continue;
            }

            var x = l.Box.Left + c.Badge.Width + gap;
            var y = l.Box.Top;
            foreach (var line in c.Name)
            {
                TextPainter.Draw(canvas, line, x, y + TextPainter.BaselineOffset(nameFont, 1.18f), nameFont, MapPalette.Ink, SKTextAlign.Left, halo);
                y += nameLine;
            }

            TextPainter.Draw(canvas, c.Figures, x, y + TextPainter.BaselineOffset(figureFont, 1.18f), figureFont, MapPalette.Ink, SKTextAlign.Left, halo);
        }

        return placed;
    }

    /// <summary>The figures line: planned investment, land and the overlay's value.</summary>
    public static string Figures(MapProject project, MapRequest request)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        var words = new MapWords(request.English);
        var value = request.Overlay switch
        {
            MapOverlay.Investment => (request.English ? "spent " : "完成") + MapFormat.Pct(project.Status.InvestmentProgressPct),
            MapOverlay.Status => words.Status(project.Status.Level),
            _ => (request.Progress == ProgressMeasure.Investment ? (request.English ? "spent " : "投资") : (request.English ? "progress " : "进度")) + MapFormat.Pct(project.ProgressPct(request.Progress)),
        };
        var separator = " · ";
        return MapFormat.Money(project.Project.PlannedInvestmentWan, request.English) + separator + MapFormat.Mu(project.AreaMu, request.English) + separator + value;
    }

    /// <summary>Draws a number badge: a dark rounded box with the number in white.</summary>
    public static void DrawBadge(SKCanvas canvas, string number, SKRect box, SKFont font, LayoutMetrics m)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(m);
        using var fill = new SKPaint { IsAntialias = true, Color = MapPalette.Ink };
        using var edge = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = SKColors.White, StrokeWidth = m.Mm(0.3) };
        var radius = box.Height / 2;
        canvas.DrawRoundRect(box, radius, radius, edge);
        canvas.DrawRoundRect(box, radius, radius, fill);
        var metrics = font.Metrics;
        var baseline = box.MidY - ((metrics.Ascent + metrics.Descent) / 2);
        TextPainter.Draw(canvas, number, box.MidX, baseline, font, SKColors.White, SKTextAlign.Center);
    }

    private sealed record Content(string Number, IReadOnlyList<string> Name, string Figures, SKSize Badge);
}
