using System.Globalization;
using ProjectMap.Domain.Ledger;
using ProjectMap.Rendering.Layout;
using ProjectMap.Rendering.Maps.Labels;
using ProjectMap.Rendering.Maps.Layers;
using ProjectMap.Rendering.Maps.Styles;
using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Panel;

/// <summary>The legend: the overlay's classes or symbols, then the entries for parcels, markers, imagery and numbers.</summary>
public static class LegendPainter
{
    /// <summary>Draws the legend at the cursor.</summary>
    public static void Draw(PanelCursor c, MapRequest request, MapData data, MapBody body)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(body);
        var words = new MapWords(request.English);
        c.Heading(words.Legend);
        switch (request.Overlay)
        {
            case MapOverlay.Investment:
                Circles(c, body.Circles, words, data);
                c.Space(1.5);
                Ramp(c, words.ProgressTitle(ProgressMeasure.Investment), words);
                break;
            case MapOverlay.Status:
                Statuses(c, words, data);
                break;
            default:
                Ramp(c, words.ProgressTitle(request.Progress), words);
                break;
        }

        c.Space(1.5);
        var m = c.Metrics;
        var style = m.Text(7.5, SheetColors.Ink);
        var swatchW = m.Scaled(7);
        var swatchH = m.Scaled(4);
        using var font = style.CreateFont(m.UnitsPerMm);
        var line = Math.Max(TextPainter.LineHeight(font, 1.35f), swatchH + m.Scaled(1.2));
        void Entry(Action<SKRect> swatch, string text)
        {
            var box = SKRect.Create(c.Column.Left, c.Y + ((line - swatchH) / 2), swatchW, swatchH);
            swatch(box);
            TextPainter.Draw(c.Canvas, TextWrap.FitOrTruncate(text, font, c.Column.Width - swatchW - m.Scaled(2.5)), box.Right + m.Scaled(2.5), c.Y + TextPainter.BaselineOffset(font, line / font.Size), font, SheetColors.Ink);
            c.Y += line;
        }

        using var outline = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = MapPalette.ParcelOutline, StrokeWidth = m.Mm(0.3) };
        using var neutral = new SKPaint { IsAntialias = true, Color = SKColor.Parse("#cfc8b8") };
        if (request.Overlay == MapOverlay.Investment)
        {
            Entry(r => { c.Canvas.DrawRect(r, neutral); c.Canvas.DrawRect(r, outline); }, words.Parcel);
        }

        if (body.AnyMarker && request.Overlay != MapOverlay.Investment)
        {
            Entry(
                r =>
                {
                    var s = SKRect.Create(r.MidX - m.Scaled(1.4), r.MidY - m.Scaled(1.4), m.Scaled(2.8), m.Scaled(2.8));
                    using var fill = new SKPaint { IsAntialias = true, Color = request.Overlay == MapOverlay.Status ? StatusStyle.Normal.Tint : ProgressRamp.Classes[2].Fill };
                    c.Canvas.DrawRect(s, fill);
                    c.Canvas.DrawRect(s, outline);
                },
                words.SmallParcel);
        }

        if (body.ImageryDrawn)
        {
            Entry(r => ImagerySwatch(c.Canvas, r), words.Imagery(data.ImageryIsSynthetic));
        }

        using var badgeFont = m.Text(6.5, SKColors.White, bold: true).CreateFont(m.UnitsPerMm);
        Entry(
            r =>
            {
                var h = m.Scaled(3.2);
                ProjectLabels.DrawBadge(c.Canvas, "1", SKRect.Create(r.MidX - (h / 2), r.MidY - (h / 2), h, h), badgeFont, m);
            },
            words.NumberNote);
    }

    private static void Ramp(PanelCursor c, string title, MapWords words)
    {
        var m = c.Metrics;
        c.Paragraph(title, m.Text(7.5, SheetColors.Ink), 2);
        c.Space(0.8);
        using var font = m.Text(6.5, SheetColors.Ink).CreateFont(m.UnitsPerMm);
        var classes = ProgressRamp.Classes;
        var gap = m.Scaled(1.2);
        var boxes = classes.Count + 1;
        var width = (c.Column.Width - gap) / boxes;
        var height = m.Scaled(4.2);
        using var edge = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = MapPalette.ParcelOutline, StrokeWidth = m.Mm(0.2) };
        using var fill = new SKPaint { IsAntialias = true };
        var top = c.Y;
        for (var i = 0; i < classes.Count; i++)
        {
            var box = SKRect.Create(c.Column.Left + (i * width), top, width, height);
            fill.Color = classes[i].Fill;
            c.Canvas.DrawRect(box, fill);
            c.Canvas.DrawRect(box, edge);
        }

        var noData = SKRect.Create(c.Column.Left + (classes.Count * width) + gap, top, width - 0.5f, height);
        fill.Color = ProgressRamp.NoData;
        c.Canvas.DrawRect(noData, fill);
        c.Canvas.DrawRect(noData, edge);

        // Class bounds under the boxes' edges, "complete" under the last class, "no figure" under its box.
        var baseline = top + height + m.Scaled(0.8) - font.Metrics.Ascent;
        foreach (var (pct, i) in new[] { 0, 20, 40, 60, 80, 100 }.Select((p, i) => (p, i)))
        {
            var text = pct.ToString(CultureInfo.InvariantCulture) + (pct == 100 ? "%" : string.Empty);
            TextPainter.Draw(c.Canvas, text, c.Column.Left + (i * width), baseline, font, SheetColors.Ink, i == 0 ? SKTextAlign.Left : SKTextAlign.Center);
        }

        var complete = words.English ? "done" : "完成";
        TextPainter.Draw(c.Canvas, complete, c.Column.Left + ((classes.Count - 0.5f) * width), baseline, font, SheetColors.Ink, SKTextAlign.Center);
        TextPainter.Draw(c.Canvas, TextWrap.FitOrTruncate(words.NoData, font, width * 1.4f), noData.MidX, baseline, font, SheetColors.Ink, SKTextAlign.Center);
        c.Y = baseline + font.Metrics.Descent + m.Scaled(1);
    }

    private static void Circles(PanelCursor c, CircleScale? scale, MapWords words, MapData data)
    {
        var m = c.Metrics;
        c.Paragraph(words.CircleTitle, m.Text(7.5, SheetColors.Ink), 2);
        c.Space(0.8);
        if (scale is null || scale.MaxWan <= 0)
        {
            return;
        }

        var v1 = (decimal)NiceScale.LengthAtMost((double)scale.MaxWan);
        var values = new List<decimal> { v1 };
        foreach (var divisor in new[] { 4m, 16m })
        {
            var v = (decimal)NiceScale.LengthAtMost((double)(v1 / divisor));
            if (scale.TrueRadius(v) >= scale.MinRadius && !values.Contains(v))
            {
                values.Add(v);
            }
        }

        using var font = m.Text(6.8, SheetColors.Ink).CreateFont(m.UnitsPerMm);
        using var ring = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = MapPalette.Ink, StrokeWidth = m.Mm(0.25) };
        using var leader = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = SheetColors.MutedInk, StrokeWidth = m.Mm(0.15) };
        var rMax = scale.TrueRadius(values[0]);
        var cx = c.Column.Left + rMax + m.Scaled(1);
        var bottom = c.Y + (2 * rMax) + m.Scaled(0.5);
        var labelX = cx + rMax + m.Scaled(4);
        foreach (var v in values)
        {
            var r = scale.TrueRadius(v);
            var top = bottom - (2 * r);
            c.Canvas.DrawCircle(cx, bottom - r, r, ring);
            c.Canvas.DrawLine(cx, top, labelX - m.Scaled(1), top, leader);
            TextPainter.Draw(c.Canvas, MapFormat.Money(v, words.English), labelX, top - (font.Metrics.Ascent / 2.5f), font, SheetColors.Ink);
        }

        c.Y = bottom + m.Scaled(1.2);
        if (data.Projects.Any(p => p.HasParcel && scale.TrueRadius(p.Project.PlannedInvestmentWan) < scale.MinRadius))
        {
            var min = scale.MinimumValueRoundedWan;
            c.Paragraph(words.MinimumCircle(MapFormat.Money(min, words.English)), m.Text(6.5, SheetColors.MutedInk), 2);
        }
    }

    private static void Statuses(PanelCursor c, MapWords words, MapData data)
    {
        var m = c.Metrics;
        c.Paragraph(words.StatusTitle, m.Text(7.5, SheetColors.Ink), 2);
        c.Space(0.8);
        using var font = m.Text(7.5, SheetColors.Ink).CreateFont(m.UnitsPerMm);
        var line = m.Scaled(6);
        foreach (var level in new[] { StatusLevel.Normal, StatusLevel.Warning, StatusLevel.Delayed })
        {
            var style = StatusStyle.Of(level);
            var box = SKRect.Create(c.Column.Left + m.Scaled(0.6), c.Y + m.Scaled(0.9), m.Scaled(8), m.Scaled(4.2));
            using var fill = new SKPaint { IsAntialias = true, Color = style.Tint };
            using var stroke = style.CreateStroke(m.UnitsPerMm);
            c.Canvas.DrawRect(box, fill);
            c.Canvas.DrawRect(box, stroke);
            if (style.DoubleRule)
            {
                using var inner = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = SKColors.White, StrokeWidth = style.WidthMm * m.UnitsPerMm / 3 };
                c.Canvas.DrawRect(box, inner);
            }

            var count = data.Projects.Count(p => p.Status.Level == level);
            var text = words.English
                ? string.Create(CultureInfo.InvariantCulture, $"{words.StatusDetail(level)} ({count})")
                : string.Create(CultureInfo.InvariantCulture, $"{words.StatusDetail(level)}（{count} 个）");
            TextPainter.Draw(c.Canvas, text, box.Right + m.Scaled(3), box.MidY - ((font.Metrics.Ascent + font.Metrics.Descent) / 2), font, SheetColors.Ink);
            c.Y += line;
        }
    }

    private static void ImagerySwatch(SKCanvas canvas, SKRect r)
    {
        // A small aerial-looking patch: fields and a road, so the entry reads as "photo" without a real thumbnail.
        using var field = new SKPaint { IsAntialias = true, Color = SKColor.Parse("#8a9a6b") };
        using var field2 = new SKPaint { IsAntialias = true, Color = SKColor.Parse("#b3a57e") };
        using var road = new SKPaint { IsAntialias = true, Color = SKColor.Parse("#d8d4cc") };
        using var roof = new SKPaint { IsAntialias = true, Color = SKColor.Parse("#6f7f8f") };
        canvas.DrawRect(r, field);
        canvas.DrawRect(new SKRect(r.Left, r.Top, r.MidX, r.MidY), field2);
        canvas.DrawRect(new SKRect(r.Left, r.MidY - (r.Height * 0.08f), r.Right, r.MidY + (r.Height * 0.08f)), road);
        canvas.DrawRect(new SKRect(r.MidX + (r.Width * 0.12f), r.Top + (r.Height * 0.15f), r.Right - (r.Width * 0.1f), r.MidY - (r.Height * 0.15f)), roof);
        using var edge = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = MapPalette.ParcelOutline, StrokeWidth = r.Height / 20 };
        canvas.DrawRect(r, edge);
    }
}
