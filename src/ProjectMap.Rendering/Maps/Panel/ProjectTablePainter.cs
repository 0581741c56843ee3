using System.Globalization;
using ProjectMap.Rendering.Layout;
using ProjectMap.Rendering.Maps.Styles;
using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Panel;

/// <summary>
/// The project list: number (as on the map), name, planned investment (万元), land (亩), the overlay's figure and the
/// status with its colour. When it cannot all fit, the largest investments are listed and a line says how many are not.
/// </summary>
public static class ProjectTablePainter
{
    /// <summary>Draws the table at the cursor, using at most the space above <paramref name="bottom"/>.</summary>
    public static void Draw(PanelCursor c, float bottom, MapRequest request, MapData data)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(data);
        var m = c.Metrics;
        var words = new MapWords(request.English);
        using var headFont = m.Text(6.6, SheetColors.Ink, bold: true).CreateFont(m.UnitsPerMm);
        using var font = m.Text(7, SheetColors.Ink).CreateFont(m.UnitsPerMm);
        var headingHeight = m.Scaled(9);
        var headLine = TextPainter.LineHeight(headFont, 1.15f);
        var headHeight = (2 * headLine) + m.Scaled(1);
        var rowHeight = TextPainter.LineHeight(font, 1.45f);
        var noteHeight = TextPainter.LineHeight(font, 1.45f) * 2;
        if (bottom - c.Y < headingHeight + headHeight + rowHeight)
        {
            return;
        }

        c.Heading(words.ProjectList);
        var measure = request.Overlay == MapOverlay.Investment ? ProgressMeasure.Investment : request.Progress;
        var valueHeader = request.Overlay == MapOverlay.Status ? words.ProgressShort(ProgressMeasure.Schedule) : words.ProgressShort(measure);
        var headers = words.TableHeaders(valueHeader);
        var fixedWidths = new[] { 8.0, 0, 13, 11, 12, 11 }.Select(w => m.Scaled(w)).ToArray();
        fixedWidths[1] = Math.Max(m.Scaled(20), c.Column.Width - fixedWidths.Sum());
        var lefts = new float[fixedWidths.Length];
        for (var i = 1; i < lefts.Length; i++)
        {
            lefts[i] = lefts[i - 1] + fixedWidths[i - 1];
        }

        var x0 = c.Column.Left;
        var top = c.Y;
        using (var band = new SKPaint { Color = SheetColors.Band })
        {
            c.Canvas.DrawRect(new SKRect(x0, top, c.Column.Right, top + headHeight), band);
        }

        var pad = m.Scaled(1);
        for (var i = 0; i < headers.Length; i++)
        {
            var lines = SplitHeader(headers[i], headFont, fixedWidths[i] - (2 * pad));
            var y = top + ((headHeight - (lines.Count * headLine)) / 2);
            foreach (var line in lines)
            {
                var align = i == 1 ? SKTextAlign.Left : SKTextAlign.Center;
                var x = i == 1 ? x0 + lefts[i] + pad : x0 + lefts[i] + (fixedWidths[i] / 2);
                TextPainter.Draw(c.Canvas, line, x, y + TextPainter.BaselineOffset(headFont, 1.15f), headFont, SheetColors.Ink, align);
                y += headLine;
            }
        }

        c.Y = top + headHeight;
        var rowsThatFit = (int)Math.Floor((bottom - c.Y - noteHeight) / rowHeight);
        var all = data.Projects;
        var rows = all.Count <= Math.Max(0, rowsThatFit + 1) && (bottom - c.Y) >= all.Count * rowHeight
            ? all.ToList()
            : all.OrderByDescending(p => p.Project.PlannedInvestmentWan).ThenBy(p => p.Number).Take(Math.Max(0, rowsThatFit)).ToList();
        using var stripe = new SKPaint { Color = SheetColors.Stripe };
        using var dot = new SKPaint { IsAntialias = true };
        for (var r = 0; r < rows.Count; r++)
        {
            var p = rows[r];
            var rowTop = c.Y;
            if (r % 2 == 1)
            {
                c.Canvas.DrawRect(new SKRect(x0, rowTop, c.Column.Right, rowTop + rowHeight), stripe);
            }

            var baseline = rowTop + TextPainter.BaselineOffset(font, 1.45f);
            var value = request.Overlay == MapOverlay.Status ? p.ProgressPct(ProgressMeasure.Schedule) : p.ProgressPct(measure);
            var cells = new[]
            {
                p.Number.ToString(CultureInfo.InvariantCulture),
                TextWrap.FitOrTruncate(p.Project.DisplayName(request.English), font, fixedWidths[1] - (2 * pad)),
                request.English ? (p.Project.PlannedInvestmentWan / 100m).ToString("#,0.00", CultureInfo.InvariantCulture) : p.Project.PlannedInvestmentWan.ToString("#,0", CultureInfo.InvariantCulture),
                p.AreaMu.ToString(p.AreaMu >= 100 ? "#,0" : "0.0", CultureInfo.InvariantCulture),
                MapFormat.Pct(value),
            };
            for (var i = 0; i < cells.Length; i++)
            {
                var (x, align) = i switch
                {
                    1 => (x0 + lefts[i] + pad, SKTextAlign.Left),
                    0 => (x0 + lefts[i] + (fixedWidths[i] / 2), SKTextAlign.Center),
                    _ => (x0 + lefts[i] + fixedWidths[i] - pad, SKTextAlign.Right),
                };
                TextPainter.Draw(c.Canvas, cells[i], x, baseline, font, SheetColors.Ink, align);
            }

            var style = StatusStyle.Of(p.Status.Level);
            dot.Color = style.Stroke;
            var dotX = x0 + lefts[5] + pad + m.Scaled(1.2);
            c.Canvas.DrawCircle(dotX, rowTop + (rowHeight / 2), m.Scaled(1.1), dot);
            TextPainter.Draw(c.Canvas, words.Status(p.Status.Level), dotX + m.Scaled(2), baseline, font, SheetColors.Ink);
            c.Y += rowHeight;
        }

        using var rule = new SKPaint { IsAntialias = true, Color = SheetColors.Rule, StrokeWidth = m.Mm(0.2) };
        c.Canvas.DrawLine(x0, c.Y, c.Column.Right, c.Y, rule);
        c.Y += m.Scaled(1);
        if (rows.Count < all.Count)
        {
            c.Paragraph(words.MoreProjects(all.Count - rows.Count), m.Text(6.5, SheetColors.MutedInk), 2);
        }
    }

    private static List<string> SplitHeader(string header, SKFont font, float width)
    {
        // Chinese headers break after their noun ("总投资" / "亿元"); English ones at the space.
        foreach (var unit in new[] { "万元", "亩", "¥M", "mu" })
        {
            var at = header.IndexOf(unit, StringComparison.Ordinal);
            if (at > 0 && font.MeasureText(header) > width)
            {
                return [header[..at].Trim(), header[at..].Trim()];
            }
        }

        return [.. TextWrap.Wrap(header, font, width, 2)];
    }
}
