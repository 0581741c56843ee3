using ProjectMap.Domain.Ledger;
using ProjectMap.Rendering.Layout;
using ProjectMap.Rendering.Maps.Labels;
using ProjectMap.Rendering.Maps.Layers;
using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Panel;

/// <summary>
/// The side panel: legend, summary, project list and notes, with the north arrow, scale and projection at its foot
/// (one column beside a landscape map; two columns under a portrait one).
/// </summary>
public static class MapPanelPainter
{
    /// <summary>Draws the panel; returns the scale bar as drawn.</summary>
    public static ScaleBarInfo? Draw(SKCanvas canvas, PageLayout layout, MapViewport? viewport, MapData data, MapRequest request, MapBody body)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        var m = layout.Metrics;
        var panel = layout.Panel;
        var furnitureHeight = m.Scaled(FurniturePainter.HeightMm);
        SKRect first, second, furniture;
        if (layout.Landscape)
        {
            first = new SKRect(panel.Left, panel.Top, panel.Right, panel.Bottom - furnitureHeight);
            second = first;
            furniture = new SKRect(panel.Left, panel.Bottom - furnitureHeight, panel.Right, panel.Bottom);
        }
        else
        {
            var split = panel.Left + (panel.Width * 0.46f);
            var gap = m.Scaled(5);
            first = new SKRect(panel.Left, panel.Top, split - (gap / 2), panel.Bottom - furnitureHeight);
            second = new SKRect(split + (gap / 2), panel.Top, panel.Right, panel.Bottom);
            furniture = new SKRect(panel.Left, panel.Bottom - furnitureHeight, split - (gap / 2), panel.Bottom);
        }

        var c = new PanelCursor(first, m) { Canvas = canvas };
        LegendPainter.Draw(c, request, data, body);
        c.Space(2.5);
        Summary(c, request, data);
        var t = layout.Landscape ? c : new PanelCursor(second, m) { Canvas = canvas };
        t.Space(layout.Landscape ? 2.5 : 0);
        var notes = Notes(request, data, body);
        var notesHeight = notes.Count * m.Scaled(7.5);
        ProjectTablePainter.Draw(t, (layout.Landscape ? first.Bottom : second.Bottom) - notesHeight, request, data);
        foreach (var note in notes)
        {
            t.Paragraph(note, m.Text(6.5, SheetColors.MutedInk), 2);
        }

        Explanations(t, layout.Landscape ? first.Bottom : second.Bottom - furnitureHeight, request, body);

        return FurniturePainter.Draw(canvas, furniture, viewport, request, body.GridIntervalM, m, showPaper: !layout.Embedded);
    }

    /// <summary>The notes on how to read the map, when they fit whole above <paramref name="bottom"/>.</summary>
    private static void Explanations(PanelCursor c, float bottom, MapRequest request, MapBody body)
    {
        var m = c.Metrics;
        var style = m.Text(6.5, SheetColors.MutedInk);
        using var font = style.CreateFont(m.UnitsPerMm);
        var words = new MapWords(request.English);
        var items = words.Explanations(body.Insets.Count > 0);
        var lines = items.Sum(i => TextWrap.Wrap(i, font, c.Column.Width, 4).Count);
        var needed = m.Scaled(2.5 + 9) + (lines * TextPainter.LineHeight(font, 1.3f)) + (items.Count * m.Scaled(0.8));
        if (c.Left(bottom) < needed)
        {
            return;
        }

        c.Space(2.5);
        c.Heading(words.NotesHeading);
        foreach (var item in items)
        {
            c.Paragraph(item, style, 4);
            c.Space(0.8);
        }
    }

    private static void Summary(PanelCursor c, MapRequest request, MapData data)
    {
        var words = new MapWords(request.English);
        c.Heading(words.Summary);
        var p = data.Projects;
        var lines = words.SummaryLines(
            p.Count,
            p.Sum(x => x.Project.PlannedInvestmentWan),
            p.Sum(x => x.Status.CumulativeInvestmentWan),
            p.Sum(x => x.Status.MonthInvestmentWan),
            p.Count(x => x.Status.Level == StatusLevel.Normal),
            p.Count(x => x.Status.Level == StatusLevel.Warning),
            p.Count(x => x.Status.Level == StatusLevel.Delayed));
        foreach (var line in lines)
        {
            c.Paragraph(line, c.Metrics.Text(7.5, SheetColors.Ink), 2);
        }
    }

    private static List<string> Notes(MapRequest request, MapData data, MapBody body)
    {
        var words = new MapWords(request.English);
        var notes = new List<string>();
        var omitted = body.Labels.Count(l => l.Kind == LabelKind.Omitted);
        if (omitted > 0)
        {
            notes.Add(words.OmittedLabels(omitted));
        }

        var unplaced = data.Projects.Count(p => !p.HasParcel);
        if (unplaced > 0)
        {
            notes.Add(words.Unplaced(unplaced));
        }

        if (request.Project is { } code && request.Imagery && !body.ImageryDrawn && data.Projects.Any(p => p.Project.Code == code))
        {
            notes.Add(words.NoImagery);
        }

        return notes;
    }
}
